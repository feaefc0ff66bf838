#!/usr/bin/env bash
# Install (or upgrade, or remove) the ISSP Desktop Linux bundle for the current user; no root.
#
#   bash install.sh              install from the folder this script is in (the bundle), or
#                                from dist/issp-desktop/ when run from the source tree
#   bash install.sh --uninstall  remove the program, its menu entry and icons
#
# The program goes to ~/.local/opt/issp-desktop, the commands issp-desktop and issp to
# ~/.local/bin, the menu entry and icons to ~/.local/share. The data folder
# (~/.local/share/ISSP Desktop: database, backups, keys, logs) is never touched: an upgrade
# keeps it and the app upgrades the database itself, after a backup; uninstalling leaves it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFIX="${ISSP_PREFIX:-$HOME/.local}"
TARGET="$PREFIX/opt/issp-desktop"
BIN="$PREFIX/bin"
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ICONS="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"

say() { printf '[issp] %s\n' "$*" >&2; }

remove_entries() {
  rm -f "$BIN/issp-desktop" "$BIN/issp" "$APPS/issp-desktop.desktop" \
    "$ICONS/256x256/apps/issp-desktop.png" "$ICONS/48x48/apps/issp-desktop.png" \
    "$ICONS/scalable/apps/issp-desktop.svg"
}

if [ "${1:-}" = "--uninstall" ]; then
  remove_entries
  rm -rf "$TARGET"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
  say "removed; your data folder was left as it was"
  exit 0
fi

if [ -x "$HERE/issp-desktop" ] && [ -d "$HERE/_internal" ]; then
  BUNDLE="$HERE"
else
  BUNDLE="$(cd "$HERE/../.." && pwd)/dist/issp-desktop"
fi
[ -x "$BUNDLE/issp-desktop" ] || { say "no bundle at $BUNDLE: run packaging/build.sh first"; exit 1; }
DESKTOP="$BUNDLE/issp-desktop.desktop"
[ -f "$DESKTOP" ] || DESKTOP="$HERE/issp-desktop.desktop"
ICON_DIR="$BUNDLE/_internal/resources/icons"

mkdir -p "$PREFIX/opt" "$BIN" "$APPS" "$ICONS/256x256/apps" "$ICONS/48x48/apps" \
  "$ICONS/scalable/apps"
if [ "$(cd "$BUNDLE" && pwd -P)" != "$(cd "$TARGET" 2>/dev/null && pwd -P || true)" ]; then
  # Copy beside the old version, then swap, so a failed copy leaves the old one working.
  rm -rf "$TARGET.new"
  cp -a "$BUNDLE" "$TARGET.new"
  rm -rf "$TARGET.old"
  [ -d "$TARGET" ] && mv "$TARGET" "$TARGET.old"
  mv "$TARGET.new" "$TARGET"
  rm -rf "$TARGET.old"
fi

remove_entries
ln -s "$TARGET/issp-desktop" "$BIN/issp-desktop"
ln -s "$TARGET/issp" "$BIN/issp"
sed "s|^Exec=issp-desktop|Exec=$TARGET/issp-desktop|; s|^TryExec=issp-desktop|TryExec=$TARGET/issp-desktop|" \
  "$DESKTOP" > "$APPS/issp-desktop.desktop"
cp "$ICON_DIR/issp-desktop.png" "$ICONS/256x256/apps/issp-desktop.png"
cp "$ICON_DIR/issp-desktop-48.png" "$ICONS/48x48/apps/issp-desktop.png"
cp "$ICON_DIR/issp-desktop.svg" "$ICONS/scalable/apps/issp-desktop.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$ICONS" 2>/dev/null || true
say "installed $("$TARGET/issp" --version) in $TARGET; start it from the menu or with issp-desktop"
case ":$PATH:" in *":$BIN:"*) ;; *) say "add $BIN to your PATH to use the issp command" ;; esac
