#!/usr/bin/env bash
# GraphQL vs hand-written EF latency on a generated dataset; see bench/Gateway.Benchmarks/BenchmarkCommand.cs.
# `bench/run.sh statistics --events 10000,1000000,10000000`: statistics on a generated city, served vs GROUP BY
# (bench/Gateway.Benchmarks/StatisticsBenchmark.cs).
# `bench/run.sh generate --provider sqlite|postgres --connection "…"`: a generated city in either database
# (bench/Gateway.Benchmarks/GenerateCommand.cs).
# `bench/run.sh versus-postgraphile [--events 1000000] [--duration 20] [--connections 16]`: Gateway, PostGraphile and
# the SQL floor under the same load on PostgreSQL (bench/versus-postgraphile.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = versus-postgraphile ] && { shift; exec bench/versus-postgraphile.sh "$@"; }
dotnet run -c Release --project bench/Gateway.Benchmarks -- "$@"
