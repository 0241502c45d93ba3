using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Accounts and machine clients are tenant rows too: an administrator of any unit — a combination no demo principal
/// has below the bureau — lists exactly those of its unit and the units below it, as the database holds them.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class AdministrationScopeTests(GatewayApiFactory factory)
{
    public static TheoryData<string> Units() => ["bureau", "xunchang", "nanjing", "longxiang", "anmin", "xinqiao"];

    [Theory]
    [MemberData(nameof(Units))]
    public async Task An_administrator_lists_the_accounts_and_clients_of_its_scope_and_no_others(string unitCode)
    {
        var (unit, expectedAccounts, expectedClients) = await factory.WithDbAsync(async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
            var accounts = await db.Set<Account>().Where(a => a.UnitPath.StartsWith(unit.Path))
                .Select(a => a.UserName).ToListAsync();
            var clients = await db.ApiClients.Where(c => c.OwnerPath.StartsWith(unit.Path))
                .Select(c => c.ClientId).ToListAsync();
            return (unit, accounts, clients);
        });

        var data = await ExecuteAsync(unit.Id, unit.Path,
            "{ accounts(first: 100) { nodes { userName } } apiClients(first: 100) { nodes { clientId } } }");

        Assert.Equal(expectedAccounts.Order(), Names(data, "accounts", "userName").Order());
        Assert.Equal(expectedClients.Order(), Names(data, "apiClients", "clientId").Order());
        Assert.NotEmpty(expectedClients);
    }

    private static IEnumerable<string> Names(JsonNode data, string list, string field) =>
        data[list]!["nodes"]!.AsArray().Select(n => n![field]!.GetValue<string>());

    /// <summary>Runs <paramref name="query"/> in-process for a caller of the unit holding both administration
    /// permissions, through the endpoint's validation rules.</summary>
    private async Task<JsonNode> ExecuteAsync(long unitId, string unitPath, string query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<TenantScope>().Enter(unitId, unitPath,
            new HashSet<string> { Permissions.UsersManage, Permissions.ClientsManage }, "administration-scope-test",
            clientId: null, personId: null);
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = services,
            ValidationRules = [.. DocumentValidator.CoreRules, PermissionValidationRule.Instance],
        });
        await services.GetRequiredService<RequestAuditTrail>().FlushAsync(CancellationToken.None);
        var json = JsonNode.Parse(services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result))!;
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }
}
