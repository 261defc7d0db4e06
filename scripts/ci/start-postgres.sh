# Starts a throw-away PostgreSQL server for the database sweeper tests and
# exports CHAT_REDACT_PG_URL. Meant to be *sourced* (by .ci/run, which runs
# under `set -euo pipefail`); the server is stopped and its data directory
# removed when the sourcing shell exits.
#
#   source scripts/ci/start-postgres.sh
#   npx vitest run test/sweep
#
# As root the server runs as the `postgres` system user (initdb refuses
# root); otherwise as the current user. It listens on 127.0.0.1 on a free port
# and on a Unix socket inside its temporary directory, nowhere else.
# Without Debian's postgresql package it prints a notice and returns without
# error: the tests then skip locally and fail under CI=1.

chat_redact_pg_start() {
  local bindir
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "start-postgres: no PostgreSQL server found under /usr/lib/postgresql; sweeper tests on PostgreSQL will not run" >&2
    return 0
  fi
  local dir port run
  dir="$(mktemp -d "${TMPDIR:-/tmp}/chat-redact-pg.XXXXXX")"
  port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$dir"
    run=(runuser -u postgres --)
  else
    run=()
  fi
  chmod 700 "$dir"
  "${run[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    return 1
  }
  "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=50" start >/dev/null || {
    cat "$dir/server.log" >&2
    return 1
  }
  CHAT_REDACT_PG_DIR="$dir"
  CHAT_REDACT_PG_BIN="$bindir"
  trap 'chat_redact_pg_stop' EXIT
  "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE chat_redact LOGIN PASSWORD 'chat_redact'" \
    -c "CREATE DATABASE chat_redact_test OWNER chat_redact" >/dev/null
  export CHAT_REDACT_PG_URL="postgres://chat_redact:chat_redact@127.0.0.1:$port/chat_redact_test"
  echo "start-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (CHAT_REDACT_PG_URL set)" >&2
}

chat_redact_pg_stop() {
  if [ -n "${CHAT_REDACT_PG_DIR:-}" ] && [ -d "$CHAT_REDACT_PG_DIR/data" ]; then
    if [ "$(id -u)" = 0 ]; then
      runuser -u postgres -- "$CHAT_REDACT_PG_BIN/pg_ctl" -D "$CHAT_REDACT_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    else
      "$CHAT_REDACT_PG_BIN/pg_ctl" -D "$CHAT_REDACT_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$CHAT_REDACT_PG_DIR"
  fi
}

chat_redact_pg_start
