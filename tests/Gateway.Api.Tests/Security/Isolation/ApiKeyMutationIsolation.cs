using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Security.ApiKeys;
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
/// Check 24 for API keys and client access rules: an administrator of any unit — a combination no demo principal has
/// below the bureau — naming a client or key outside its scope (or one that does not exist) through createApiKey,
/// revokeApiKey or setApiClientAccess gets NOT_FOUND and nothing changes; the demo machine principals, which do not
/// manage clients, are refused the mutations outright. And a key reads exactly what its client's token reads.
/// </summary>
public sealed partial class MutationIsolationTests
{
    private static readonly string[] KeyMutations = ["createApiKey", "revokeApiKey", "setApiClientAccess"];

    public static TheoryData<string> AdministeredUnits() =>
        ["xunchang", "nanjing", "longxiang", "anmin", "xinqiao"];

    [Theory]
    [MemberData(nameof(AdministeredUnits))]
    public async Task Keys_and_access_rules_of_clients_outside_the_administrators_scope_read_not_found(string unitCode)
    {
        var world = await factory.WithDbAsync(async db =>
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == unitCode);
            return (Unit: unit,
                Clients: await db.ApiClients.Where(c => !c.OwnerPath.StartsWith(unit.Path)).Select(c => c.Id)
                    .ToListAsync(),
                MaxClient: await db.ApiClients.MaxAsync(c => c.Id),
                Keys: await db.ApiKeys.Where(k => !k.OwnerPath.StartsWith(unit.Path)).Select(k => k.Id).ToListAsync(),
                MaxKey: await db.ApiKeys.MaxAsync(k => k.Id));
        });
        Assert.NotEmpty(world.Clients);
        Assert.NotEmpty(world.Keys);
        var clients = world.Clients.Append(world.MaxClient + 1).Select(id => GlobalId.Encode("ApiClient", id)).ToList();
        var keys = world.Keys.Append(world.MaxKey + 1).Select(id => GlobalId.Encode("ApiKey", id)).ToList();
        var before = await KeyStateAsync();

        foreach (var id in clients)
        {
            await AssertNotFoundAsync(world.Unit, "createApiKey", "CreateApiKeyInput",
                new { clientId = id, label = "越权", expiresAt = DateTime.UtcNow.AddDays(1) });
            await AssertNotFoundAsync(world.Unit, "setApiClientAccess", "SetApiClientAccessInput",
                new { id, version = 0, allowedAddresses = new[] { "10.0.0.0/8" }, allowedOrigins = new string[0] });
        }
        foreach (var id in keys)
            await AssertNotFoundAsync(world.Unit, "revokeApiKey", "RevokeApiKeyInput", new { id, version = 0 });

        Assert.Equal(before, await KeyStateAsync());
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Machine_principals_may_not_manage_keys_or_access_rules(string clientId)
    {
        var client = factory.CreateGraphQLClient(clientId);
        foreach (var mutation in KeyMutations)
        {
            var type = char.ToUpperInvariant(mutation[0]) + mutation[1..];
            var response = await client.PostAsync(
                $"mutation($input: {type}Input!) {{ {mutation}(input: $input) {{ errors {{ __typename }} }} }}",
                new { input = new JsonObject() });

            Assert.Null(response.Data);
            Assert.Contains(PermissionValidationRule.AccessDenied, response.ErrorCodes);
        }
    }

    public static TheoryData<string> Clients() => [.. IsolationWorld.ClientIds];

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task A_key_reads_exactly_what_its_clients_token_reads(string clientId)
    {
        // Keys run published documents only: the offices document, by id.
        var offices = File.ReadAllBytes(RepositoryFiles.PathOf("schema", "operations", "Offices.graphql"));
        var reads = System.Text.Json.JsonSerializer.Serialize(new
        {
            documentId = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(offices)),
            variables = new { first = 100 },
        });
        var key = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.SingleAsync(c => c.ClientId == clientId);
            var (keyId, secret) = (ApiKeyFormat.NewKeyId(), ApiKeyFormat.NewSecret());
            db.ApiKeys.Add(new ApiKey
            {
                ApiClientId = client.Id, OwnerUnitId = client.OwnerUnitId, KeyId = keyId, Label = "isolation",
                SecretHash = ApiKeyFormat.HashOf(secret), CreatedAt = DateTime.UtcNow, CreatedBy = "test",
                ExpiresAt = DateTime.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
            return ApiKeyFormat.Compose(keyId, secret);
        });
        var withKey = factory.CreateAnonymousGraphQLClient();
        withKey.Http.DefaultRequestHeaders.Add("X-Api-Key", key);

        var byKey = await withKey.PostRawAsync(reads);
        var byToken = await factory.CreateGraphQLClient(clientId).PostRawAsync(reads);

        Assert.Equal(byToken.Body, byKey.Body);
        byKey.AssertSuccess();
        if (clientId == "demo-nanjing")
            Assert.Equal(["nanjing"], byKey.Data!.Nodes("offices").Select(o => o.Str("code")));
    }

    private async Task AssertNotFoundAsync(Api.Offices.OrgUnit unit, string mutation, string inputType, object input)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<TenantScope>().Enter(unit.Id, unit.Path,
            new HashSet<string> { Permissions.ClientsManage }, "key-isolation-test", clientId: null, personId: null);
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = $"mutation($input: {inputType}!) {{ {mutation}(input: $input) "
                + "{ errors { ... on Error { code } } } }",
            Variables = services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(
                new JsonObject { ["input"] = System.Text.Json.JsonSerializer.SerializeToNode(input) }.ToJsonString()),
            RequestServices = services,
            ValidationRules = [.. DocumentValidator.CoreRules, PermissionValidationRule.Instance],
        });
        await services.GetRequiredService<RequestAuditTrail>().FlushAsync(CancellationToken.None);
        var json = JsonNode.Parse(services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result))!;
        var codes = json["data"]?[mutation]?["errors"]?.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
        Assert.True(codes is { Count: > 0 } && codes.All(c => c == "NOT_FOUND"), $"{unit.Code}: {json.ToJsonString()}");
    }

    /// <summary>Every key's state and every client's access rules and version.</summary>
    private Task<string> KeyStateAsync() => factory.WithDbAsync(async db => string.Join('\n',
        (await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => new { k.Id, k.RevokedAt, k.Version })
            .ToListAsync()).Select(k => k.ToString())
        .Concat((await db.ApiClients.AsNoTracking().OrderBy(c => c.Id).ToListAsync())
            .Select(c => $"{c.Id} {c.Version} {string.Join(',', c.AllowedAddresses)}"))));
}
