#!/usr/bin/env bash
# Set up everything ISSP Desktop needs on a Debian/Ubuntu machine, then run it.
#
#   bash packaging/bootstrap.sh demo [ARGS]   launch the app on the demo database
#   bash packaging/bootstrap.sh test [ARGS]   run the whole test suite (ARGS go to pytest)
#   bash packaging/bootstrap.sh setup         only set up
#
# It installs the Qt runtime's system libraries and fonts through apt (as root, or with sudo)
# when they are missing, and makes a virtual environment with the project in .venv (override
# with ISSP_VENV). Running it again is quick: nothing is reinstalled unless pyproject.toml
# changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${ISSP_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"
MODE="${1:-}"
[ $# -gt 0 ] && shift

say() { printf '\033[1m[issp]\033[0m %s\n' "$*" >&2; }
die() { printf '[issp] error: %s\n' "$*" >&2; exit 1; }

case "$MODE" in
  demo|test|setup) ;;
  *) die "usage: bash packaging/bootstrap.sh demo|test|setup [ARGS]" ;;
esac

# --- system packages ---------------------------------------------------------------------------
# Qt offscreen/tests: EGL, GL, xkbcommon, fontconfig, D-Bus, DejaVu fonts.
BASE_PKGS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
# The test suite renders PDF pages (pdftoppm) and decodes their QR codes (zbarimg).
TEST_PKGS="poppler-utils zbar-tools"
# A real window on an X11/XWayland desktop also needs Qt's xcb platform libraries.
DESKTOP_PKGS="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1"

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || {
    say "apt-get not found; make sure these are installed: ${missing[*]}"; return 0; }
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to install: ${missing[*]}"
    sudo="sudo"
  fi
  say "installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

if command -v dpkg-query >/dev/null 2>&1; then
  # shellcheck disable=SC2086
  apt_install $BASE_PKGS
  # shellcheck disable=SC2086
  [ "$MODE" = demo ] && apt_install $DESKTOP_PKGS
  # shellcheck disable=SC2086
  [ "$MODE" = test ] && apt_install $TEST_PKGS
fi

# --- Python and the virtual environment ---------------------------------------------------------
command -v "$PY" >/dev/null 2>&1 || die "$PY not found: install Python 3.11 or newer"
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "ISSP Desktop needs Python 3.11 or newer; $PY is $("$PY" -V 2>&1)"
if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  ver="$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
  command -v dpkg-query >/dev/null 2>&1 || die "Python's venv module is missing"
  apt_install "python${ver}-venv" || apt_install python3-venv
fi

STAMP="$VENV/.issp-installed"
WANT="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/python" ]; then
  say "making the virtual environment in $VENV"
  "$PY" -m venv "$VENV"
fi
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$WANT" ]; then
  say "installing ISSP Desktop and its test tools into $VENV (a few minutes the first time)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[test]"
  echo "$WANT" > "$STAMP"
fi

# --- run -----------------------------------------------------------------------------------------
case "$MODE" in
  setup)
    say "ready: $VENV/bin/issp-desktop --demo, or $VENV/bin/python -m pytest" ;;
  test)
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    say "running the test suite"
    set +e
    "$VENV/bin/python" -m pytest "$@"
    code=$?
    set -e
    [ $code -eq 5 ] && die "pytest collected no tests"
    exit $code ;;
  demo)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      die "no display found: run this from the PC's desktop session (DISPLAY or WAYLAND_DISPLAY)"
    fi
    say "starting ISSP Desktop on the demo database"
    exec "$VENV/bin/issp-desktop" --demo "$@" ;;
esac
