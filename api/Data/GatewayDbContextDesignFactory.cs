using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gateway.Api.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service; it never touches data.</summary>
public sealed class GatewayDbContextDesignFactory : IDesignTimeDbContextFactory<GatewayDbContext>
{
    public GatewayDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GatewayDbContext>().UseSqlite("Data Source=design-time.db")
            .UseOpenIddict().Options;
        var scope = new TenantScope();
        scope.EnterSystem();
        return new GatewayDbContext(options, scope, new ColumnProtector(new byte[32]));
    }
}
