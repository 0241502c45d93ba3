using Gateway.Api.Data;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>The app's own DbContext in a scope entered as one unit, the way a request of that unit's integration client
/// enters it.</summary>
public static class TenantContexts
{
    public static Task<T> AsUnitAsync<T>(this GatewayApiFactory factory, string unitCode,
        Func<GatewayDbContext, Task<T>> work) =>
        factory.InUnitScopeAsync(unitCode, services => work(services.GetRequiredService<GatewayDbContext>()));

    /// <summary>The app's scoped services (the DbContext and the services reading through it) in a scope entered as
    /// one unit.</summary>
    public static async Task<T> InUnitScopeAsync<T>(this GatewayApiFactory factory, string unitCode,
        Func<IServiceProvider, Task<T>> work)
    {
        var (unitId, path) = await factory.WithDbAsync(async db =>
            await db.OrgUnits.Where(u => u.Code == unitCode).Select(u => new ValueTuple<long, string>(u.Id, u.Path))
                .SingleAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>()
            .Enter(unitId, path, Roles.PermissionsOf([Roles.UnitIntegration]), actor: $"demo-{unitCode}",
                clientId: $"demo-{unitCode}", personId: null);
        return await work(scope.ServiceProvider);
    }

    public static Task AsUnitAsync(this GatewayApiFactory factory, string unitCode,
        Func<GatewayDbContext, Task> work) =>
        factory.AsUnitAsync(unitCode, async db => { await work(db); return true; });

    /// <summary>A context whose tenant scope was never entered: a background job or a bug that forgot the
    /// caller.</summary>
    public static async Task WithoutScopeAsync(this GatewayApiFactory factory, Func<GatewayDbContext, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<GatewayDbContext>());
    }
}
