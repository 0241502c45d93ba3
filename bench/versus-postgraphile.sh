#!/usr/bin/env bash
# Gateway against PostGraphile v5 and the SQL floor (pgbench) on the same PostgreSQL data; see README.md, "Gateway
# against PostGraphile on the same PostgreSQL data".
# Usage: bench/run.sh versus-postgraphile [--events 1000000] [--duration 20] [--connections 16] [--connection "<Npgsql
# connection string of a database to use instead of a throwaway cluster>"]
# Starts a throwaway PostgreSQL cluster on loopback (port 55440) unless --connection is given, generates the city
# into it unless it is already there, installs bench/postgraphile's packages (Node 22 among them), starts Gateway in
# Release and PostGraphile, runs the load and prints the table. Everything it starts, it stops.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

events=1000000 duration=20 connections=16 connection=""
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --connection) connection=$2; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
cluster_port=55440 gateway_port=5191 postgraphile_port=5192

work=$(mktemp -d /tmp/gateway-versus.XXXXXX)
gateway_pid="" postgraphile_pid="" cluster=""
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_cluster_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_all() {
  [ -n "$gateway_pid" ] && kill "$gateway_pid" 2>/dev/null && wait "$gateway_pid" 2>/dev/null
  [ -n "$postgraphile_pid" ] && kill "$postgraphile_pid" 2>/dev/null && wait "$postgraphile_pid" 2>/dev/null
  [ -n "$cluster" ] && as_cluster_owner "$pg_bin/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1
  rm -rf "$work"
}
trap stop_all EXIT

wait_for() { # url, what
  for _ in $(seq 1 120); do
    curl -s -o /dev/null -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' "$1" && return 0
    sleep 1
  done
  echo "$2 did not answer at $1" >&2; return 1
}

echo "Building Gateway and the benchmark in Release…"
dotnet build -c Release -v q -nologo bench/Gateway.Benchmarks >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
bench_dll=$root/bench/Gateway.Benchmarks/bin/Release/net10.0/Gateway.Benchmarks.dll
api_dll=$root/api/bin/Release/net10.0/Gateway.Api.dll

if [ -z "$connection" ]; then
  [ -x "$pg_bin/pg_ctl" ] || { echo "The benchmark needs PostgreSQL's server: apt-get install postgresql" >&2; exit 1; }
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  [ "$(id -u)" = 0 ] && chown postgres "$work"
  cluster=$work/cluster
  as_cluster_owner "$pg_bin/initdb" -D "$cluster" -U postgres --auth=trust --no-locale -E UTF8 >/dev/null
  # For every contender alike: buffers that hold the whole city; no JIT, as usual for short OLTP queries (Gateway's
  # tenant filters put some plans past jit_above_cost, and compiling them costs ~1 s an execution, see
  # README.md); minimal WAL for the generator's COPY.
  as_cluster_owner "$pg_bin/pg_ctl" -D "$cluster" -l "$work/postgres.log" -w -o "-p $cluster_port -k $work \
    -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_connections=200 -c jit=off -c wal_level=minimal \
    -c max_wal_senders=0" start >/dev/null
  connection="Host=127.0.0.1;Port=$cluster_port;Username=postgres;Database=postgres"
fi

echo "Generating the city unless it is there…"
# Written as the superuser (COPY under row-level security is refused), then handed to the role Gateway runs as in
# production: the tables' owner, neither superuser nor BYPASSRLS, so row-level security filters its every statement,
# and the floor's statements too. PostGraphile, which has no policies of its own for these tables, reads as the
# superuser.
app_role=gateway_app
dotnet "$bench_dll" generate --provider postgres --connection "$connection" --events "$events" --if-empty \
  --owner "$app_role"
app_connection="$connection;Username=$app_role;Password="

echo "Installing PostGraphile and autocannon (Node 22 from npm)…"
(cd bench/postgraphile && npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1) \
  || { cat "$work/npm.log" >&2; exit 1; }
node=$root/bench/postgraphile/node_modules/.bin/node

echo "Starting Gateway (Release) on :$gateway_port and PostGraphile on :$postgraphile_port…"
# The Testing environment: plain http and the development keys the generator encrypted with (Production refuses
# both); its rate limits let one client send the whole load, and the result cache is off so every request runs.
ASPNETCORE_ENVIRONMENT=Testing Database__Provider=Postgres Database__SeedDemoCounty=false \
  ConnectionStrings__Gateway="$app_connection" \
  Logging__LogLevel__Default=Warning ASPNETCORE_CONTENTROOT="$(dirname "$api_dll")" \
  dotnet "$api_dll" --urls "http://127.0.0.1:$gateway_port" >"$work/gateway.log" 2>&1 &
gateway_pid=$!
GATEWAY_CONNECTION=$connection PORT=$postgraphile_port POOL_SIZE=$connections \
  "$node" bench/postgraphile/server.mjs >"$work/postgraphile.log" 2>&1 &
postgraphile_pid=$!
wait_for "http://127.0.0.1:$gateway_port/graphql" Gateway || { cat "$work/gateway.log" >&2; exit 1; }
wait_for "http://127.0.0.1:$postgraphile_port/graphql" PostGraphile || { cat "$work/postgraphile.log" >&2; exit 1; }

dotnet "$bench_dll" versus-postgraphile --connection "$connection" --app-connection "$app_connection" \
  --gateway "http://127.0.0.1:$gateway_port" \
  --postgraphile "http://127.0.0.1:$postgraphile_port/graphql" --duration "$duration" --connections "$connections" \
  --work "$work" --node "$node" --load-script "$root/bench/postgraphile/load.mjs" \
  --pgbench "$(command -v pgbench || echo "$pg_bin/pgbench")" --documents "$root/bench/versus"
