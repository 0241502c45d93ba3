#!/usr/bin/env bash
# Adds one migration of the given name to both engines' sets (api/Data/Migrations/Sqlite and .../Postgres), so they
# stay in step (MigrationSetTests fails when they do not). Connects to no database.
#   scripts/add-migration.sh NameOfTheChange
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 MigrationName" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet build api -v q --nologo
for context in Sqlite Postgres; do
  dotnet ef migrations add "$1" --project api --no-build --context "${context}GatewayDbContext" \
    --output-dir "Data/Migrations/$context"
done
