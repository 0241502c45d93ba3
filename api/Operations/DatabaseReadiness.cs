using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Api.Operations;

/// <summary>
/// Ready when the database answers and its schema is the one this build expects: no migration of the build is
/// missing from it (a newer build's file, or a start whose migration failed, would otherwise serve errors). Reads
/// only the migrations history, which no tenant owns. The answer names no table, path or migration.
/// </summary>
public sealed class DatabaseReadiness(GatewayDbContext db) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
            return HealthCheckResult.Unhealthy("The database does not answer.");
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
            ? HealthCheckResult.Unhealthy("The database lacks migrations of this build.")
            : HealthCheckResult.Healthy();
    }
}
