#!/usr/bin/env bash
# Build the one-folder Linux bundle dist/issp-desktop/ with PyInstaller, then smoke-test it.
#
#   bash packaging/build.sh              build, then smoke-test the bundle
#   bash packaging/build.sh --no-smoke   only build
#   bash packaging/build.sh --smoke-only only smoke-test an existing dist/issp-desktop/
#   bash packaging/build.sh --clean      throw away PyInstaller's cache first
#
# Uses the project's virtual environment (.venv, or ISSP_VENV); makes it with
# packaging/bootstrap.sh when missing and installs PyInstaller (pip install -e .[packaging]) when
# it is not there. The smoke test runs the *bundled* programs only, on a throw-away data folder:
#   issp --version; issp demo --people 50; issp db check; issp db info --json (schema at head);
#   issp report impact -o impact.pdf (ReportLab with the bundled DejaVu fonts);
#   issp-desktop --smoke-test offscreen on that demo database (quits once the main window is
#   painted and its services are open, printing ISSP-SMOKE-OK).
# Exits non-zero when any step fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${ISSP_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
DIST="$ROOT/dist"
APP="$DIST/issp-desktop"

say() { printf '\033[1m[build]\033[0m %s\n' "$*" >&2; }
die() { printf '[build] error: %s\n' "$*" >&2; exit 1; }

BUILD=1
SMOKE=1
CLEAN=()
for arg in "$@"; do
  case "$arg" in
    --no-smoke) SMOKE=0 ;;
    --smoke-only) BUILD=0 ;;
    --clean) CLEAN=(--clean) ;;
    *) die "usage: bash packaging/build.sh [--no-smoke | --smoke-only] [--clean]" ;;
  esac
done

# --- build ----------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  if [ ! -x "$PY" ]; then
    say "no virtual environment at $VENV: setting one up"
    bash "$ROOT/packaging/bootstrap.sh" setup
  fi
  if ! "$PY" -c 'import PyInstaller' >/dev/null 2>&1; then
    say "installing PyInstaller into $VENV"
    "$PY" -m pip install --quiet --disable-pip-version-check -e "$ROOT[packaging]"
  fi
  say "PyInstaller $("$PY" -m PyInstaller --version) building $APP"
  start=$SECONDS
  rm -rf "$APP"
  "$PY" -m PyInstaller --noconfirm "${CLEAN[@]}" --log-level WARN \
    --workpath "$ROOT/build/pyinstaller" --distpath "$DIST" "$ROOT/packaging/issp-desktop.spec"
  # Shipped beside the programs: a per-user installer with the menu entry and icons.
  cp "$ROOT/packaging/linux/install.sh" "$ROOT/packaging/linux/issp-desktop.desktop" "$APP/"
  say "built in $((SECONDS - start)) s: $(du -sh "$APP" | cut -f1) in $APP"
fi

# --- smoke test -----------------------------------------------------------------------------------
[ "$SMOKE" = 1 ] || exit 0
[ -x "$APP/issp" ] && [ -x "$APP/issp-desktop" ] || die "no bundle in $APP: build it first"

DATA="$(mktemp -d "${TMPDIR:-/tmp}/issp-smoke.XXXXXX")"
trap 'rm -rf "$DATA"' EXIT
# Only the bundle: no source tree or virtual environment on the path, no user data touched.
run() { env -u PYTHONPATH -u VIRTUAL_ENV ISSP_DATA_DIR="$DATA" "$@"; }
step() { say "smoke: $*"; }

want="$("$PY" -c 'import issp_desktop; print(issp_desktop.__version__)' 2>/dev/null \
  || sed -n 's/^__version__ = "\(.*\)".*/\1/p' "$ROOT/issp_desktop/__init__.py")"

step "issp --version"
got="$(run "$APP/issp" --version)"
echo "$got"
[ "$got" = "issp $want" ] || die "bundled issp says '$got', the source says $want"

step "issp demo --people 50"
run "$APP/issp" demo --people 50 | sed -n '1,2p;$p'

step "issp db check"
run "$APP/issp" db check

step "issp db info --json (schema at head)"
head="$("$PY" -c 'from issp_desktop.db.revisions import HEAD_REVISION; print(HEAD_REVISION)' \
  2>/dev/null || grep -oE '"[0-9]{4}"' "$ROOT/issp_desktop/db/revisions.py" | tail -1 | tr -d '"')"
info="$(run "$APP/issp" db info --json)"
grep -q "\"revision\": \"$head\"" <<<"$info" || die "schema is not at $head: $info"
echo "schema $head"

step "issp report impact -o impact.pdf"
run env ISSP_USER=manager ISSP_PASSWORD=demo "$APP/issp" report impact \
  --from 2025-01-01 --to 2026-10-31 -o "$DATA/impact.pdf" | head -1
[ "$(head -c 5 "$DATA/impact.pdf")" = "%PDF-" ] || die "impact.pdf is not a PDF"

step "issp-desktop --smoke-test (offscreen)"
out="$(run env QT_QPA_PLATFORM=offscreen ISSP_SMOKE_TIMEOUT=90 \
  timeout 120 "$APP/issp-desktop" --smoke-test 2>"$DATA/gui-stderr.txt")" || {
  code=$?
  echo "$out"
  sed -n '1,40p' "$DATA/gui-stderr.txt" >&2
  die "the GUI smoke test failed (exit code $code)"
}
echo "$out"
grep -q '^ISSP-SMOKE-OK ' <<<"$out" || die "the GUI did not print ISSP-SMOKE-OK"
say "smoke test passed"
