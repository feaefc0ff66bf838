"""QR codes drawn as vector runs, fast enough for a thousand certificates a batch.

A certificate's QR text is alphanumeric (base32 and dots, see ``domain.certificates``). For such
text this module encodes the symbol itself with tables cached per version: the data codewords,
Reed-Solomon error correction with one table lookup per byte, then placement and masking by
XOR-ing precomputed row bit masks. That is about ten times faster than a general encoder. The
symbol's fixed parts (finder, timing and alignment patterns, format and version information)
and the tables come from ``segno``, which also encodes any other text (badge numbers with
lower-case letters, for instance); a test checks that both give the same module matrix.

A matrix row is an ``int``: column 0 is its most significant bit, so ``f"{row:0{n}b}"`` reads
left to right. Drawing merges horizontal runs of dark modules into one rectangle each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import segno
from segno import consts
from segno import encoder as _enc

_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {ch: i for i, ch in enumerate(_ALNUM)}
_ALNUM_TEXT = re.compile(r"^[0-9A-Z $%*+\-./:]+$")
_ERRORS = {"L": consts.ERROR_LEVEL_L, "M": consts.ERROR_LEVEL_M, "Q": consts.ERROR_LEVEL_Q,
           "H": consts.ERROR_LEVEL_H}
MASK = 2  # every mask is valid; a fixed one skips evaluating all eight
_RUN = re.compile(r"1+")
QUIET = 4  # modules of white border a reader needs around the symbol


@dataclass(frozen=True)
class QrMatrix:
    size: int
    rows: tuple[int, ...]  # bit (size - 1 - j) of rows[i] is the module at row i, column j

    def dark(self, i: int, j: int) -> bool:
        return bool(self.rows[i] >> (self.size - 1 - j) & 1)

    def runs(self) -> list[tuple[int, int, int]]:
        """(row, first column, length) of each horizontal run of dark modules."""
        n = self.size
        found = []
        for i, row in enumerate(self.rows):
            for m in _RUN.finditer(f"{row:0{n}b}"):
                found.append((i, m.start(), m.end() - m.start()))
        return found


# --- Reed-Solomon over GF(256), polynomial 0x11D -------------------------------------------

_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@cache
def _generator_table(n: int) -> tuple[int, ...]:
    """For each leading factor f, the generator polynomial's lower n coefficients times f,
    packed into one int (so a division step is a shift and an XOR)."""
    gen = [1]
    for i in range(n):
        nxt = [0] * (len(gen) + 1)
        for k, coef in enumerate(gen):
            nxt[k] ^= coef
            nxt[k + 1] ^= _mul(coef, _EXP[i])
        gen = nxt
    lower = gen[1:]
    return tuple(int.from_bytes(bytes(_mul(c, f) for c in lower), "big") for f in range(256))


def _ec_codewords(data: bytes, n: int) -> bytes:
    table = _generator_table(n)
    full = (1 << (8 * n)) - 1
    top = 8 * (n - 1)
    rem = 0
    for byte in data:
        factor = (rem >> top) ^ byte
        rem = ((rem << 8) & full) ^ table[factor]
    return rem.to_bytes(n, "big")


# --- data codewords ------------------------------------------------------------------------

def _count_bits(version: int) -> int:
    return 9 if version <= 9 else (11 if version <= 26 else 13)


def _data_bits(text: str, version: int) -> tuple[int, int]:
    """(bits as an int, bit length) of the alphanumeric segment with mode and count."""
    value, length = 0b0010, 4
    value = (value << _count_bits(version)) | len(text)
    length += _count_bits(version)
    for k in range(0, len(text) - 1, 2):
        value = (value << 11) | (_ALNUM_VALUE[text[k]] * 45 + _ALNUM_VALUE[text[k + 1]])
        length += 11
    if len(text) % 2:
        value = (value << 6) | _ALNUM_VALUE[text[-1]]
        length += 6
    return value, length


def _version_for(text: str, error: int) -> int:
    for version in range(1, 41):
        need = 4 + _count_bits(version) + 11 * (len(text) // 2) + 6 * (len(text) % 2)
        if need <= consts.SYMBOL_CAPACITY[version][error]:
            return version
    raise ValueError("the text is too long for a QR code")


def _codewords(text: str, version: int, error: int) -> bytes:
    capacity = consts.SYMBOL_CAPACITY[version][error]
    value, length = _data_bits(text, version)
    terminator = min(4, capacity - length)
    value <<= terminator
    length += terminator
    pad = -length % 8
    value <<= pad
    length += pad
    data = value.to_bytes(length // 8, "big")
    pads = capacity // 8 - len(data)
    data += bytes((0xEC, 0x11)[k % 2] for k in range(pads))
    blocks: list[bytes] = []
    ecs: list[bytes] = []
    pos = 0
    for info in consts.ECC[version][error]:
        for _ in range(info.num_blocks):
            block = data[pos:pos + info.num_data]
            pos += info.num_data
            blocks.append(block)
            ecs.append(_ec_codewords(block, info.num_total - info.num_data))
    out = bytearray()
    for group in (blocks, ecs):
        for k in range(max(len(b) for b in group)):
            out.extend(b[k] for b in group if k < len(b))
    return bytes(out)


# --- placement -----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Layout:
    size: int
    template: tuple[int, ...]  # everything with all data bits 0 (masked)
    # per codeword and nibble (high, low): for each of the 16 nibble values, (row, bits) pairs
    nibbles: tuple[tuple[tuple[tuple[tuple[int, int], ...], ...], ...], ...]


@cache
def _layout(version: int, error: int, mask: int) -> _Layout:
    size = _enc.calc_matrix_size(version)
    base = _enc.make_matrix(size, size)
    _enc.add_finder_patterns(base, size, size)
    _enc.add_alignment_patterns(base, size, size)
    free = sum(row.count(0x2) for row in base)
    places = [list(row) for row in base]
    _enc.add_codewords(places, [3 + k for k in range(free)], version)  # bit k -> its module
    where: list[tuple[int, int]] = [(0, 0)] * free
    for i, row in enumerate(places):
        for j, v in enumerate(row):
            if v >= 3:
                where[v - 3] = (i, j)
    zero = tuple(bytearray(0 if v == 0x2 else v for v in row) for row in base)
    function = _enc.make_matrix(size, size)
    _enc.add_finder_patterns(function, size, size)
    _enc.add_alignment_patterns(function, size, size)
    function[-8][8] = 0x1
    _enc.apply_mask(zero, _enc.get_data_mask_functions(False)[mask], size, size,
                    lambda i, j: function[i][j] > 0x1)
    _enc.add_format_info(zero, version, error, mask)
    _enc.add_version_info(zero, version)
    template = tuple(int("".join("1" if v & 1 else "0" for v in row), 2) for row in zero)
    codewords = free // 8
    nibbles = []
    for c in range(codewords):
        halves = []
        for half in (0, 1):
            bits = [where[8 * c + 4 * half + k] for k in range(4)]  # most significant first
            options = []
            for value in range(16):
                rows: dict[int, int] = {}
                for k, (i, j) in enumerate(bits):
                    if value >> (3 - k) & 1:
                        rows[i] = rows.get(i, 0) | (1 << (size - 1 - j))
                options.append(tuple(rows.items()))
            halves.append(tuple(options))
        nibbles.append(tuple(halves))
    return _Layout(size, template, tuple(nibbles))


def _fast(text: str, error: int) -> QrMatrix:
    version = _version_for(text, error)
    layout = _layout(version, error, MASK)
    rows = list(layout.template)
    for c, byte in enumerate(_codewords(text, version, error)):
        high, low = layout.nibbles[c]
        for i, bits in high[byte >> 4]:
            rows[i] ^= bits
        for i, bits in low[byte & 15]:
            rows[i] ^= bits
    return QrMatrix(layout.size, tuple(rows))


def qr_matrix(text: str, error: str = "M") -> QrMatrix:
    """The module matrix of ``text`` (fast for upper-case alphanumeric text)."""
    level = _ERRORS[error]
    if text and _ALNUM_TEXT.match(text):
        return _fast(text, level)
    return segno_matrix(text, error)


def segno_matrix(text: str, error: str = "M", mask: int | None = None) -> QrMatrix:
    code = segno.make(text, error=error.lower(), mask=mask, micro=False, boost_error=False)
    n = len(code.matrix)
    return QrMatrix(n, tuple(int("".join("1" if v else "0" for v in row), 2)
                             for row in code.matrix))


def pdf_ops(matrix: QrMatrix, x: float, y: float, side: float) -> str:
    """PDF content operators that fill the dark modules in black inside the square whose
    lower-left corner is (x, y) and side ``side`` points (quiet zone not included)."""
    unit = side / matrix.size
    parts = [f"q 0 g {unit:.5f} 0 0 {-unit:.5f} {x:.3f} {y + side:.3f} cm"]
    width = f"0{matrix.size}b"
    table = _rects(matrix.size)
    finditer = _RUN.finditer
    for row in matrix.rows:  # each row drawn at y = 0, then the origin moves one row down
        if row:
            parts.extend([table[m.start()][m.end()] for m in finditer(format(row, width))])
            parts.append("f")
        parts.append("1 0 0 1 0 1 cm")
    parts.append("Q")
    return "\n".join(parts)


@cache
def _rects(size: int) -> tuple[tuple[str, ...], ...]:
    """``_rects(n)[start][end]``: the operator of the run of modules from start to end."""
    return tuple(tuple(f"{a} 0 {b - a} 1 re" for b in range(size + 1)) for a in range(size + 1))
