#!/usr/bin/env bash
# Runs every test of Gateway. Installs nothing by hand: restores the local tools and NuGet packages first.
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 1; }
dotnet tool restore >/dev/null
dotnet restore Gateway.sln >/dev/null

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# A test that hangs dumps the process and fails after 5 minutes instead of holding the run until CI gives up.
dotnet test Gateway.sln --no-restore --blame-hang-timeout 5m --blame-hang-dump-type mini "$@" 2>&1 | tee "$log" || status=$?

# One closing line that any CI can read: "N passed, N failed".
awk '/(Passed|Failed)!  - / {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit $status
