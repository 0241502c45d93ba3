using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Data;

/// <summary>The model on SQLite, with its migrations in Data/Migrations/Sqlite (ids as they always were, so a
/// database made before PostgreSQL came in upgrades as before).</summary>
public sealed class SqliteGatewayDbContext(DbContextOptions<SqliteGatewayDbContext> options, TenantScope scope,
    ColumnProtector protector) : GatewayDbContext(options, scope, protector);
