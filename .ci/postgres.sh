#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test suite, on a loopback port, run as `postgres`.
#
#   bash .ci/postgres.sh start   install PostgreSQL if missing, initdb a temp cluster, start it
#   bash .ci/postgres.sh url     print the superuser URL of the running cluster (ISSP_TEST_PG_URL)
#   bash .ci/postgres.sh stop    stop the cluster and delete its folder
#
# The cluster lives in ISSP_PG_DIR (default /tmp/issp-ci-pg) and listens on 127.0.0.1 port
# ISSP_PG_PORT (default 54329), socket in /tmp. Authentication is `trust` on loopback only: the
# cluster holds nothing but test databases and is deleted by `stop`.
set -euo pipefail

PORT="${ISSP_PG_PORT:-54329}"
DIR="${ISSP_PG_DIR:-/tmp/issp-ci-pg}"
LOG="$DIR.log"

say() { printf '\033[1m[postgres]\033[0m %s\n' "$*" >&2; }
die() { printf '[postgres] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root (or sudo) for: $*"; fi
}

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return 0
  fi
  return 1
}

install_postgres() {
  bindir >/dev/null && return 0
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL is not installed and apt-get is missing"
  say "installing PostgreSQL (apt-get install postgresql)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    postgresql >/dev/null
  bindir >/dev/null || die "PostgreSQL installed but initdb/pg_ctl not found"
}

# Run a command as the postgres user (root: runuser/su; the postgres user itself: directly).
as_pg() {
  if [ "$(id -un)" = postgres ]; then "$@"; return; fi
  if [ "$(id -u)" -ne 0 ]; then as_root -u postgres "$@"; return; fi
  if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"
  else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

url() { echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"; }

start() {
  install_postgres
  local bin; bin="$(bindir)"
  id postgres >/dev/null 2>&1 || as_root useradd --system --home-dir /var/lib/postgresql \
    --shell /bin/sh postgres
  if [ -f "$DIR/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    say "already running on port $PORT"; return 0
  fi
  as_root rm -rf "$DIR"
  as_root mkdir -p "$DIR"
  as_root chown postgres "$DIR"
  as_root chmod 700 "$DIR"
  as_root touch "$LOG"
  as_root chown postgres "$LOG"
  as_pg "$bin/initdb" -D "$DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >/dev/null
  # Tests create and drop a database each: no fsync (a throw-away cluster), enough connections.
  as_pg "$bin/pg_ctl" -D "$DIR" -l "$LOG" -w -t 60 -o \
    "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=200" start >/dev/null
  say "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') running on 127.0.0.1:$PORT"
}

stop() {
  local bin
  bin="$(bindir 2>/dev/null)" || return 0
  if [ -f "$DIR/postmaster.pid" ]; then
    as_pg "$bin/pg_ctl" -D "$DIR" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  as_root rm -rf "$DIR" "$LOG"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) die "usage: bash .ci/postgres.sh start|stop|url" ;;
esac
