#!/usr/bin/env bash
# GraphQL vs hand-written EF latency on a generated dataset; see bench/Gateway.Benchmarks/BenchmarkCommand.cs.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Gateway.Benchmarks -- "$@"
