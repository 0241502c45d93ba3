using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gateway.Api.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the service; it never touches
/// data.</summary>
public sealed class SqliteGatewayDbContextDesignFactory : IDesignTimeDbContextFactory<SqliteGatewayDbContext>
{
    public SqliteGatewayDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteGatewayDbContext>().UseSqlite("Data Source=design-time.db").UseOpenIddict()
            .Options, DesignTime.SystemScope(), DesignTime.Protector);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without a server: adding a migration connects to
/// nothing.</summary>
public sealed class PostgresGatewayDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresGatewayDbContext>
{
    public PostgresGatewayDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresGatewayDbContext>().UseNpgsql("Host=design-time").UseOpenIddict()
            .Options, DesignTime.SystemScope(), DesignTime.Protector);
}

internal static class DesignTime
{
    public static ColumnProtector Protector => new(new byte[32]);

    public static TenantScope SystemScope()
    {
        var scope = new TenantScope();
        scope.EnterSystem();
        return scope;
    }
}
