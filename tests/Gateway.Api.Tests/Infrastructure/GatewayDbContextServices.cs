using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Infrastructure;

public static class GatewayDbContextServices
{
    /// <summary>Adds to the options of the context of whichever engine the app runs on: EF keeps options by the
    /// context's own type, not by the <see cref="GatewayDbContext"/> the services ask for.</summary>
    public static IServiceCollection ConfigureGatewayDbContext(this IServiceCollection services,
        Action<IServiceProvider, DbContextOptionsBuilder> configure) =>
        services.ConfigureDbContext<SqliteGatewayDbContext>(configure)
            .ConfigureDbContext<PostgresGatewayDbContext>(configure);
}
