using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.DemoData;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Audit;

/// <summary>
/// Writes audit records as a given unit's caller, reads the chain back, and adds accounts the demo county lacks.
/// </summary>
internal static class AuditTestData
{
    public const string ChainQuery = "{ auditChain { verified checkedRecords firstBrokenRecord reason } }";

    /// <summary>
    /// Appends one record through <see cref="AuditLog"/> as a caller of <paramref name="unitCode"/> and returns its row
    /// id.
    /// </summary>
    public static async Task<long> RecordAsync(GatewayApiFactory factory, string unitCode, string operation,
        AuditOutcome outcome = AuditOutcome.Succeeded, params string[] objectIds)
    {
        await using var scope = await CallerScopeAsync(factory, unitCode);
        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .RecordAsync(new AuditEntry(operation, outcome, objectIds));
        return await factory.WithDbAsync(db => db.AuditRecords.MaxAsync(r => r.Id));
    }

    /// <summary>
    /// A service scope whose caller is a client of <paramref name="unitCode"/>, as a request of that unit would have.
    /// </summary>
    public static async Task<AsyncServiceScope> CallerScopeAsync(GatewayApiFactory factory, string unitCode)
    {
        var (unitId, unitPath) = await UnitAsync(factory, unitCode);
        var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(unitId, unitPath,
            Roles.Grants[Roles.UnitIntegration], actor: $"test-{unitCode}", clientId: $"test-{unitCode}",
            personId: null);
        return scope;
    }

    public static async Task<(long Id, string Path)> UnitAsync(GatewayApiFactory factory, string unitCode)
    {
        var unit = await factory.WithDbAsync(db =>
            db.OrgUnits.Where(u => u.Code == unitCode).Select(u => new { u.Id, u.Path }).SingleAsync());
        return (unit.Id, unit.Path);
    }

    /// <summary>
    /// Adds a person's account with one role at <paramref name="unitCode"/>, signing in with the demo password.
    /// </summary>
    public static async Task AddUserAsync(GatewayApiFactory factory, string userName, string unitCode, string role)
    {
        var (unitId, _) = await UnitAsync(factory, unitCode);
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GatewayUser>>();
        var user = new GatewayUser { UserName = userName, DisplayName = userName, UnitId = unitId };
        RoleCatalogue.Check(await users.CreateAsync(user, DemoPrincipals.UserPassword));
        RoleCatalogue.Check(await users.AddToRoleAsync(user, role));
    }

    public static async Task<JsonNode> VerifyChainAsync(GraphQLClient client) =>
        (await client.QueryAsync(ChainQuery))["auditChain"]!;

    public static string GlobalIdOf(long recordId) => GlobalId.Encode("AuditRecord", recordId);
}
