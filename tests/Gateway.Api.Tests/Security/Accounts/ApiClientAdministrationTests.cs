using System.Net;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Security;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Tokens;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>
/// A system admin (the demo bureau.admin, signed in with its second factor) registers a machine client and sees its
/// secret once; a new secret retires the old one and the live tokens; a revoked client gets no token and stays listed.
/// </summary>
public sealed class ApiClientAdministrationTests(AccountRecheckTests.RecheckEveryRequest factory)
    : IClassFixture<AccountRecheckTests.RecheckEveryRequest>, IAsyncLifetime
{
    private const string Result = "apiClient { id clientId displayName roles createdAt secretRotatedAt revokedAt "
        + "version unit { code } }";

    private GraphQLClient admin = null!;

    public async Task InitializeAsync()
    {
        await factory.ResetToSeededCountyAsync();
        admin = (await UserSignIn.SignInAsync(factory, "bureau.admin")).Client;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonNode> SendAsync(GraphQLClient client, string mutation, object input,
        bool withSecret = true)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        var secret = withSecret ? "clientSecret" : "";
        var response = await client.PostAsync($"mutation($input: {type}Input!) {{ {mutation}(input: $input) "
            + $"{{ {Result} {secret} errors {{ __typename ... on Error {{ code path }} }} }} }}", new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    private static string[] CodesOf(JsonNode payload) =>
        [.. payload["errors"]?.AsArray().Select(e => e!["code"]!.GetValue<string>()) ?? []];

    private async Task<object> NewClientAsync(string clientId = "nanjing-screen", string[]? roles = null,
        string? key = null) => new
    {
        clientId, displayName = "Nanjing office big screen", unitId = IdOf(await factory.UnitAsync("nanjing")),
        roles = roles ?? [Roles.Dashboard], idempotencyKey = key,
    };

    private async Task<GraphQLClient> ClientWithTokenAsync(string clientId, string secret)
    {
        var token = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), clientId, secret);
        token.AssertIssued();
        return UserSignIn.ClientWith(factory, token.AccessToken!);
    }

    private Task<List<AuditRecord>> AuditAsync() =>
        factory.WithDbAsync(db => db.AuditRecords.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Registering_shows_a_working_secret_once_and_a_retry_answers_the_client_without_it()
    {
        var input = await NewClientAsync(key: "register-nanjing-screen");

        var first = await SendAsync(admin, "registerApiClient", input);
        var retry = await SendAsync(admin, "registerApiClient", input);

        Assert.Empty(CodesOf(first));
        var secret = first.Str("clientSecret");
        // 32 random bytes in base64url.
        Assert.Equal(43, secret.Length);
        Assert.Equal(("nanjing-screen", "nanjing"), (first["apiClient"]!.Str("clientId"),
            first["apiClient"]!["unit"]!.Str("code")));
        Assert.Equal(first["apiClient"]!.Str("id"), retry["apiClient"]!.Str("id"));
        Assert.Null(retry["clientSecret"]);
        var client = await ClientWithTokenAsync("nanjing-screen", secret);
        (await client.PostAsync("{ offices(first: 1) { totalCount } }")).AssertSuccess();

        var audit = await AuditAsync();
        Assert.Contains(audit, r => (r.Operation, r.Outcome, r.ObjectIds)
            == ("mutation:registerApiClient", AuditOutcome.Succeeded, first["apiClient"]!.Str("id")));
        Assert.DoesNotContain(audit, r => string.Join("|", r.Actor, r.ClientId, r.Operation, r.ObjectIds,
            r.TenantPath, r.SourceAddress).Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Second_factor_roles_separated_duties_unknown_roles_and_taken_ids_are_refused_each_by_its_code()
    {
        Assert.Equal(["SECOND_FACTOR_ROLE"], CodesOf(await SendAsync(admin, "registerApiClient",
            await NewClientAsync(roles: [Roles.IntelligenceOfficer]))));
        Assert.Equal(["SEPARATED_DUTIES"], CodesOf(await SendAsync(admin, "registerApiClient",
            await NewClientAsync(roles: [Roles.SecurityAdmin, Roles.Auditor]))));
        Assert.Equal(["UNKNOWN_ROLE"], CodesOf(await SendAsync(admin, "registerApiClient",
            await NewClientAsync(roles: ["root"]))));
        foreach (var taken in new[] { "demo-bureau", "gateway-admin" })
        {
            var payload = await SendAsync(admin, "registerApiClient", await NewClientAsync(clientId: taken));
            Assert.Equal(["CLIENT_ID_TAKEN"], CodesOf(payload));
            Assert.Null(payload["clientSecret"]);
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.ApiClients.CountAsync(c => c.ClientId == "nanjing-screen")));
        Assert.Contains(await AuditAsync(),
            r => r.Operation == "mutation:registerApiClient" && r.Outcome == AuditOutcome.Failed);
    }

    [Fact]
    public async Task A_new_secret_is_shown_once_and_the_old_secret_and_live_tokens_stop()
    {
        var registered = await SendAsync(admin, "registerApiClient", await NewClientAsync());
        var oldSecret = registered.Str("clientSecret");
        var live = await ClientWithTokenAsync("nanjing-screen", oldSecret);
        (await live.PostAsync("{ __typename }")).AssertSuccess();

        var rotated = await SendAsync(admin, "rotateApiClientSecret", new
        {
            id = registered["apiClient"]!.Str("id"), version = registered["apiClient"]!["version"]!.GetValue<int>(),
        });

        Assert.Empty(CodesOf(rotated));
        var newSecret = rotated.Str("clientSecret");
        Assert.NotEqual(oldSecret, newSecret);
        Assert.NotNull(rotated["apiClient"]!["secretRotatedAt"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await live.PostAsync("{ __typename }")).Status);
        (await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "nanjing-screen", oldSecret))
            .AssertRefused(HttpStatusCode.Unauthorized, "invalid_client");
        (await (await ClientWithTokenAsync("nanjing-screen", newSecret)).PostAsync("{ __typename }")).AssertSuccess();
        Assert.DoesNotContain(await AuditAsync(), r => r.ObjectIds.Contains(newSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_revoked_client_gets_no_token_loses_its_live_one_and_stays_listed()
    {
        var live = factory.CreateGraphQLClient("demo-longxiang");
        (await live.PostAsync("{ __typename }")).AssertSuccess();
        var listed = (await admin.ReadAllAsync("apiClients", "id clientId version revokedAt"))
            .Single(c => c.Str("clientId") == "demo-longxiang");

        var revoked = await SendAsync(admin, "revokeApiClient",
            new { id = listed.Str("id"), version = listed["version"]!.GetValue<int>() }, withSecret: false);

        Assert.Empty(CodesOf(revoked));
        Assert.NotNull(revoked["apiClient"]!["revokedAt"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await live.PostAsync("{ __typename }")).Status);
        (await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-longxiang", "demo-longxiang-secret"))
            .AssertRefused(HttpStatusCode.Unauthorized, "invalid_client");
        var after = (await admin.ReadAllAsync("apiClients", "clientId revokedAt version"))
            .Single(c => c.Str("clientId") == "demo-longxiang");
        Assert.NotNull(after["revokedAt"]);
        Assert.Equal(["CLIENT_REVOKED"], CodesOf(await SendAsync(admin, "rotateApiClientSecret",
            new { id = listed.Str("id"), version = after["version"]!.GetValue<int>() })));
    }

    [Fact]
    public async Task A_stale_version_conflicts_and_changes_nothing()
    {
        var listed = (await admin.ReadAllAsync("apiClients", "id clientId version"))
            .Single(c => c.Str("clientId") == "demo-anmin");

        var stale = await SendAsync(admin, "revokeApiClient",
            new { id = listed.Str("id"), version = listed["version"]!.GetValue<int>() + 1 }, withSecret: false);

        Assert.Equal(["CONFLICT"], CodesOf(stale));
        (await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-anmin", "demo-anmin-secret"))
            .AssertIssued();
    }

    [Fact]
    public async Task A_machine_client_without_clients_manage_may_not_register_or_list_clients()
    {
        var client = factory.CreateGraphQLClient("demo-bureau");

        var response = await client.PostAsync(
            "mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { clientSecret } }",
            new { input = await NewClientAsync() });

        Assert.Null(response.Data);
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.Equal(["ACCESS_DENIED"], (await client.PostAsync("{ apiClients { totalCount } }")).ErrorCodes);
    }
}
