#!/usr/bin/env bash
# A PostgreSQL cluster of this run's own for the service tests: Debian's postgresql (installed
# only when missing), a data directory under a fresh temp folder, a free port on 127.0.0.1
# only, and a throwaway superuser with a random password. Exports REVIEWER_TEST_POSTGRES_URL
# for the tests step; the cluster is stopped and its folder removed when CI ends.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    PG_SUDO=""
    if [ "$(id -u)" != "0" ]; then PG_SUDO="sudo"; fi
    # Debian's package creates and starts a "main" cluster of its own on 5432; ours ignores it.
    DEBIAN_FRONTEND=noninteractive $PG_SUDO apt-get install -y -qq --no-install-recommends \
        postgresql >/dev/null
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# initdb refuses to run as root: as root (CI) the cluster belongs to the postgres user.
PG_AS=()
PG_ROOT="$(mktemp -d)"
if [ "$(id -u)" = "0" ]; then
    PG_AS=(runuser -u postgres --)
    chown postgres: "$PG_ROOT"
fi
ci_on_exit "$(printf '%q ' "${PG_AS[@]}" "$PG_BIN/pg_ctl" stop -D "$PG_ROOT/data" -m fast -s) >/dev/null 2>&1; rm -rf $(printf '%q' "$PG_ROOT")"

PG_USER="reviewer_ci"
PG_PASSWORD="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
PG_DB="reviewer_test"
printf '%s\n' "$PG_PASSWORD" >"$PG_ROOT/pwfile"
if [ "$(id -u)" = "0" ]; then chown postgres: "$PG_ROOT/pwfile"; fi
"${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_ROOT/data" -U "$PG_USER" --pwfile="$PG_ROOT/pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_ROOT/initdb.log" 2>&1 \
    || { cat "$PG_ROOT/initdb.log" >&2; false; }
rm -f "$PG_ROOT/pwfile"

# A throwaway cluster: no fsync (a crash loses nothing we keep). Another process may take the
# port between choosing it and binding it, so a failed start tries another. 300 connections:
# `make test`'s workers may each run a multi-worker service on it at once (still under the
# 512 that test_serve_refuses_more_pooled_connections_than_postgresql_takes asks for).
for PG_TRY in 1 2 3; do
    PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    if "${PG_AS[@]}" "$PG_BIN/pg_ctl" start -D "$PG_ROOT/data" -w -t 60 -s -l "$PG_ROOT/server.log" \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_ROOT -c fsync=off -c max_connections=300"; then
        break
    fi
    if [ "$PG_TRY" = 3 ]; then cat "$PG_ROOT/server.log" >&2; false; fi
done

PGPASSWORD="$PG_PASSWORD" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
export REVIEWER_TEST_POSTGRES_URL="postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
echo "CI: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2
