#!/usr/bin/env bash
# Runs every test of Gateway: everything on SQLite and, at the same time, the API suite again on PostgreSQL in a
# throwaway cluster on loopback, with a streaming standby beside it and PgBouncer in front of it for the tests of
# replicas and of transaction pooling. Installs nothing by hand: restores the local tools and NuGet packages first,
# and installs Debian's chromium and a CJK font for the admin page's browser tests, and Debian's postgresql and
# pgbouncer, when missing.
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 1; }
# The api build runs npm ci and the admin page's Vite build (api/Gateway.Api.csproj); it needs Node.js 20 or later.
command -v npm >/dev/null || { echo "Node.js 20 or later with npm is required to build the admin page." >&2; exit 1; }
# The admin page's browser tests drive Debian's chromium (no browser download), with a CJK font for the screenshots.
if ! command -v chromium >/dev/null || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
  else
    echo "The browser tests need chromium and a CJK font: apt-get install chromium fonts-wqy-microhei" >&2
    exit 1
  fi
fi
dotnet tool restore >/dev/null
dotnet restore Gateway.sln >/dev/null

# The API suite runs a second time on PostgreSQL, on a throwaway cluster on loopback; Debian's postgresql is installed
# when initdb and pg_ctl are missing (Debian keeps them in /usr/lib/postgresql/<version>/bin).
find_postgres_bin() {
  # Where pg_ctl really lives (not a link to it on the PATH): pg_basebackup is beside it.
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
pg_bin=$(find_postgres_bin)
if [ -z "$pg_bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(find_postgres_bin)
  fi
  [ -n "$pg_bin" ] || { echo "The PostgreSQL run needs initdb and pg_ctl: apt-get install postgresql" >&2; exit 1; }
fi
# PgBouncer in front of the primary, for the tests of transaction pooling; Debian's package when missing.
find_pgbouncer() { command -v pgbouncer || { [ -x /usr/sbin/pgbouncer ] && echo /usr/sbin/pgbouncer; } || true; }
pgbouncer=$(find_pgbouncer)
if [ -z "$pgbouncer" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >/dev/null
    pgbouncer=$(find_pgbouncer)
  fi
  [ -n "$pgbouncer" ] || { echo "The PostgreSQL run needs PgBouncer: apt-get install pgbouncer" >&2; exit 1; }
fi
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user the Debian package creates.
as_cluster_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi

work=$(mktemp -d)
cluster="$work/cluster"
standby="$work/standby"
cleanup() {
  [ -f "$work/pgbouncer.pid" ] && kill "$(cat "$work/pgbouncer.pid")" 2>/dev/null
  for data in "$standby" "$cluster"; do
    [ -f "$data/postmaster.pid" ] && as_cluster_owner "$pg_bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1
  done
  rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown postgres "$work"
next_free_port() {
  local candidate=$1
  while (: </dev/tcp/127.0.0.1/"$candidate") 2>/dev/null; do candidate=$((candidate + 1)); done
  echo "$candidate"
}
port=$(next_free_port "${GATEWAY_TEST_POSTGRES_PORT:-55432}")
as_cluster_owner "$pg_bin/initdb" -D "$cluster" -U postgres --auth=trust --no-locale -E UTF8 >/dev/null
# Throwaway data: no fsync, no full-page writes; enough connections for the suite's parallel hosts.
as_cluster_owner "$pg_bin/pg_ctl" -D "$cluster" -l "$work/postgres.log" -w -o "-p $port -k $work \
  -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
  -c max_connections=400" start >/dev/null
# A streaming standby of the primary, for the tests of reads from a replica: a base backup that writes its own
# replication settings (-R), on the next free port. A hot standby needs max_connections at least the primary's. Its
# replication slot (-C -S) keeps the primary from recycling WAL the standby has not received yet: without one, a
# standby that falls a segment behind on a loaded machine can never catch up again.
standby_port=$(next_free_port $((port + 1)))
as_cluster_owner "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$port" -U postgres -D "$standby" -R -X stream -c fast \
  -C -S gateway_test_standby
as_cluster_owner "$pg_bin/pg_ctl" -D "$standby" -l "$work/standby.log" -w -o "-p $standby_port -k $work \
  -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=400 \
  -c hot_standby_feedback=on" start >/dev/null
# PgBouncer in transaction pooling mode in front of the primary, passing every database through; it trusts the user
# its list names, and any other role of the server, which it looks up as that user.
bouncer_port=$(next_free_port $((standby_port + 1)))
echo '"postgres" ""' >"$work/pgbouncer-users.txt"
cat >"$work/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=$port

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bouncer_port
unix_socket_dir =
auth_type = trust
auth_file = $work/pgbouncer-users.txt
auth_user = postgres
pool_mode = transaction
max_client_conn = 1000
default_pool_size = 20
logfile = $work/pgbouncer.log
pidfile = $work/pgbouncer.pid
INI
as_cluster_owner "$pgbouncer" -q -d "$work/pgbouncer.ini"

dotnet build Gateway.sln --no-restore -v q --nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

# A test that hangs dumps the process and fails after 5 minutes instead of holding the run until CI gives up; on
# PostgreSQL after 15, as the first test waits for the demo county's seed, row by row over the network.
run_tests() { dotnet test "$@" --no-build --blame-hang-timeout "${hang_timeout:-5m}" --blame-hang-dump-type mini; }
status=0
started=$SECONDS
# PostgreSQL: the API suite, in the background, while SQLite runs everything (the browser tests once).
(GATEWAY_TEST_DATABASE=postgres hang_timeout=15m \
  GATEWAY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=20" \
  GATEWAY_TEST_POSTGRES_REPLICA="Host=127.0.0.1;Port=$standby_port;Username=postgres;Maximum Pool Size=20" \
  GATEWAY_TEST_PGBOUNCER="Host=127.0.0.1;Port=$bouncer_port;Username=postgres;Maximum Pool Size=20" \
  run_tests tests/Gateway.Api.Tests "$@" >"$work/postgres-tests.log" 2>&1; echo $? >"$work/postgres-status") &
postgres_run=$!
run_tests Gateway.sln "$@" 2>&1 | tee "$work/sqlite-tests.log" || status=$?
sqlite_seconds=$((SECONDS - started))
wait $postgres_run || true
postgres_seconds=$((SECONDS - started))
echo "=== The API suite on PostgreSQL ==="
cat "$work/postgres-tests.log"
if [ "$(cat "$work/postgres-status" 2>/dev/null || echo 1)" != 0 ]; then
  status=1
  # The servers' own account of a failed run, which the tests cannot see.
  for log in postgres standby pgbouncer; do
    echo "=== The last lines of $log.log ==="
    tail -n 40 "$work/$log.log" 2>/dev/null || true
  done
fi

# One closing line that any CI can read: "N passed, N failed"; one line per engine before it.
count() {
  awk '/(Passed|Failed)!  - / {
         for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
       }
       END { printf "%d %d\n", p, f }' "$@"
}
read -r sqlite_passed sqlite_failed < <(count "$work/sqlite-tests.log")
read -r postgres_passed postgres_failed < <(count "$work/postgres-tests.log")
echo "SQLite: $sqlite_passed passed, $sqlite_failed failed (${sqlite_seconds} s)"
echo "PostgreSQL: $postgres_passed passed, $postgres_failed failed (${postgres_seconds} s)"
echo "tests: $((sqlite_passed + postgres_passed)) passed, $((sqlite_failed + postgres_failed)) failed"
exit $status
