#!/usr/bin/env bash
# GraphQL vs hand-written EF latency on a generated dataset; see bench/Gateway.Benchmarks/BenchmarkCommand.cs.
# `bench/run.sh statistics --events 10000,1000000,10000000`: statistics on a generated city, served vs GROUP BY
# (bench/Gateway.Benchmarks/StatisticsBenchmark.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Gateway.Benchmarks -- "$@"
