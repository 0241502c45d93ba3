#!/usr/bin/env bash
# Runs every test of Gateway. Installs nothing by hand: restores the local tools and NuGet packages first, and installs
# Debian's chromium and a CJK font for the admin page's browser tests when they are missing.
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
