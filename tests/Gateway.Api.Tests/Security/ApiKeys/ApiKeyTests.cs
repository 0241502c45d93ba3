using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.DemoData;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Tokens;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.ApiKeys;

/// <summary>
/// Read-only API keys: sent three ways, refused alike when unknown, expired or revoked (the key's own or its client's
/// revocation), never allowed a change, audited by key id, stored as a hash; and the per-client address ranges and
/// browser origins, for keys and tokens alike. The app keeps what it read of keys and clients for an hour here, so
/// every change must make it forget at once.
/// </summary>
public sealed class ApiKeyTests(ApiKeyHost factory) : IClassFixture<ApiKeyHost>, IAsyncLifetime
{
    private const string DemoKey = DemoPrincipals.DashboardKey;
    private const string Offices = "{ offices { totalCount } }";

    private GraphQLClient admin = null!;

    public async Task InitializeAsync()
    {
        await factory.ResetToSeededCountyAsync();
        admin = (await UserSignIn.SignInAsync(factory, "bureau.admin")).Client;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> MutateAsync(string mutation, object input, string selection)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        var response = await admin.PostAsync($"mutation($input: {type}Input!) {{ {mutation}(input: $input) "
            + $"{{ {selection} errors {{ __typename ... on Error {{ code path }} }} }} }}", new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    private static string[] CodesOf(JsonNode payload) =>
        [.. payload["errors"]?.AsArray().Select(e => e!["code"]!.GetValue<string>()) ?? []];

    private async Task<JsonNode> ClientAsync(string clientId) =>
        (await admin.ReadAllAsync("apiClients",
            "id clientId version apiKeys { nodes { id keyId status version lastUsedAt } }"))
        .Single(c => c.Str("clientId") == clientId);

    private Task<List<AuditRecord>> AuditAsync() =>
        factory.WithDbAsync(db => db.AuditRecords.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    private static void AssertRefusedKey(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    private async Task<(HttpStatusCode Status, string Challenge)> SendKeyAsync(string key)
    {
        using var http = factory.KeyClient(key).Http;
        using var response = await http.PostAsync(GraphQLClient.Path,
            new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));
        return (response.StatusCode, string.Join(" | ", response.Headers.WwwAuthenticate));
    }

    [Theory]
    [InlineData(KeyForm.Bearer)]
    [InlineData(KeyForm.Header)]
    [InlineData(KeyForm.BasicWithKeyId)]
    [InlineData(KeyForm.BasicWithoutUser)]
    public async Task The_demo_key_reads_the_dashboards_scope_sent_each_way(KeyForm form)
    {
        var data = await factory.KeyClient(DemoKey, form).QueryAsync("{ offices { totalCount } grids { totalCount } }");
        var token = await factory.CreateGraphQLClient("demo-dashboard")
            .QueryAsync("{ offices { totalCount } grids { totalCount } }");

        Assert.Equal(token.ToJsonString(), data.ToJsonString());
        Assert.Equal(4, data["offices"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_key_changes_nothing_and_its_refusals_are_audited_under_the_key()
    {
        // A unit integration may change staffing with its token; with a key it may only read.
        var key = await factory.AddKeyAsync("demo-nanjing", DateTime.UtcNow.AddDays(30));
        var keyId = ApiKeyFormat.KeyIdOf(key);
        const string Rename = """mutation { renameOrgUnit(input: { id: "T3JnVW5pdDo1", name: "x", nameZh: "x", """
            + "version: 0 }) { orgUnit { id } } }";

        var refused = await factory.KeyClient(key).PostAsync(Rename);
        var read = await factory.KeyClient(key).QueryAsync("{ offices { nodes { code } } personnel { totalCount } }");

        Assert.Null(refused.Data);
        Assert.Equal([PermissionValidationRule.AccessDenied], refused.ErrorCodes.Distinct());
        Assert.Equal(["nanjing"], read.Nodes("offices").Select(n => n.Str("code")));
        var denied = (await AuditAsync()).Last(r => r.Outcome == AuditOutcome.Denied);
        Assert.Equal(($"demo-nanjing/key:{keyId}", "demo-nanjing"), (denied.Actor, denied.ClientId));
    }

    [Fact]
    public async Task Unknown_wrong_expired_and_revoked_keys_get_the_same_401_and_are_audited_by_key_id()
    {
        var expired = await factory.AddKeyAsync("demo-dashboard", DateTime.UtcNow.AddMinutes(-1));
        var revoked = await factory.AddKeyAsync("demo-dashboard", DateTime.UtcNow.AddDays(1), DateTime.UtcNow);
        var wrongSecret = DemoKey[..^4] + "AAAA";
        var unknown = ApiKeyFormat.Compose("unknown123", ApiKeyFormat.NewSecret());

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var key in new[] { expired, revoked, wrongSecret, unknown })
            answers.Add(await SendKeyAsync(key));
        var malformed = await SendKeyAsync("gwk_not-a-key");

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.Unauthorized,
            $"ApiKey error=\"invalid_key\", error_description=\"{ApiKeyAuthenticationHandler.RefusedKey}\""), a));
        Assert.Equal(HttpStatusCode.Unauthorized, malformed.Status);
        var refusals = (await AuditAsync()).Where(r => r.Operation == ApiKeyAuthenticationHandler.Operation).ToList();
        Assert.Equal(
            new[] { expired, revoked, wrongSecret, unknown }.Select(k => ApiKeyFormat.KeyIdOf(k)!)
                .Append("(no key id)"),
            refusals.Select(r => r.ObjectIds));
        Assert.All(refusals, r => Assert.Equal(AuditOutcome.Denied, r.Outcome));
    }

    [Fact]
    public async Task Two_credentials_at_once_are_refused()
    {
        var http = factory.KeyClient(DemoKey).Http;
        http.DefaultRequestHeaders.Authorization = new("Bearer", "anything");

        var response = await new GraphQLClient(http).PostAsync(Offices);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task A_created_key_is_shown_once_stored_as_a_hash_and_stops_when_revoked()
    {
        var dashboard = await ClientAsync("demo-dashboard");
        var input = new
        {
            clientId = dashboard.Str("id"), label = "Grafana", expiresAt = DateTime.UtcNow.AddDays(90),
            idempotencyKey = "grafana-key",
        };
        const string Selection = "apiKey { id keyId status version } key";

        var created = await MutateAsync("createApiKey", input, Selection);
        var retry = await MutateAsync("createApiKey", input, Selection);

        var key = created.Str("key");
        var keyId = created["apiKey"]!.Str("keyId");
        Assert.True(ApiKeyFormat.TryParse(key, out var parsedId, out var secret));
        Assert.Equal((keyId, "ACTIVE"), (parsedId, created["apiKey"]!.Str("status")));
        Assert.Equal(created["apiKey"]!.Str("id"), retry["apiKey"]!.Str("id"));
        Assert.Null(retry["key"]);
        (await factory.KeyClient(key, KeyForm.Bearer).PostAsync(Offices)).AssertSuccess();

        var stored = await factory.WithDbAsync(db => db.ApiKeys.SingleAsync(k => k.KeyId == keyId));
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes(secret)), stored.SecretHash);
        var audit = await AuditAsync();
        Assert.Equal(audit.First(r => r.Operation == "mutation:createApiKey").Actor, stored.CreatedBy);
        foreach (var file in new[] { factory.DatabasePath, factory.DatabasePath + "-wal" }.Where(File.Exists))
            Assert.DoesNotContain(secret, Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)));
        Assert.DoesNotContain(audit, r => string.Join("|", r.Actor, r.ObjectIds)
            .Contains(secret, StringComparison.Ordinal));

        var revoked = await MutateAsync("revokeApiKey",
            new { id = created["apiKey"]!.Str("id"), version = created["apiKey"]!["version"]!.GetValue<int>() },
            "apiKey { status revokedAt version }");

        Assert.Equal("REVOKED", revoked["apiKey"]!.Str("status"));
        AssertRefusedKey(await factory.KeyClient(key).PostAsync(Offices));
        Assert.Equal(["API_KEY_REVOKED"], CodesOf(await MutateAsync("revokeApiKey",
            new { id = created["apiKey"]!.Str("id"), version = revoked["apiKey"]!["version"]!.GetValue<int>() },
            "apiKey { id }")));
    }

    [Fact]
    public async Task An_expiry_in_the_past_or_beyond_the_maximum_and_a_revoked_client_are_refused()
    {
        var dashboard = await ClientAsync("demo-dashboard");
        object Input(DateTime expiresAt) => new { clientId = dashboard.Str("id"), label = "x", expiresAt };

        Assert.Equal(["API_KEY_EXPIRY"], CodesOf(await MutateAsync("createApiKey",
            Input(DateTime.UtcNow.AddMinutes(-1)), "key")));
        Assert.Equal(["API_KEY_EXPIRY"], CodesOf(await MutateAsync("createApiKey",
            Input(DateTime.UtcNow.AddDays(367)), "key")));
        Assert.Equal(["VALIDATION"], CodesOf(await MutateAsync("createApiKey",
            new { clientId = dashboard.Str("id"), label = " ", expiresAt = DateTime.UtcNow.AddDays(1) }, "key")));

        await MutateAsync("revokeApiClient",
            new { id = dashboard.Str("id"), version = dashboard["version"]!.GetValue<int>() }, "apiClient { id }");

        Assert.Equal(["CLIENT_REVOKED"], CodesOf(await MutateAsync("createApiKey",
            Input(DateTime.UtcNow.AddDays(1)), "key")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ApiKeys.CountAsync(k => k.Label == "x")));
    }

    [Fact]
    public async Task Revoking_a_client_stops_its_keys()
    {
        (await factory.KeyClient(DemoKey).PostAsync(Offices)).AssertSuccess();
        var dashboard = await ClientAsync("demo-dashboard");

        await MutateAsync("revokeApiClient",
            new { id = dashboard.Str("id"), version = dashboard["version"]!.GetValue<int>() }, "apiClient { id }");

        AssertRefusedKey(await factory.KeyClient(DemoKey).PostAsync(Offices));
        Assert.Equal(["REVOKED"], (await ClientAsync("demo-dashboard")).Nodes("apiKeys")
            .Select(k => k.Str("status")));
    }

    [Fact]
    public async Task A_used_key_records_when_it_was_last_used_and_a_known_key_costs_no_query()
    {
        var key = await factory.AddKeyAsync("demo-dashboard", DateTime.UtcNow.AddDays(1));
        var keyId = ApiKeyFormat.KeyIdOf(key);
        var client = factory.KeyClient(key);

        (await client.PostAsync("{ __typename }")).AssertSuccess();
        DateTime? lastUsed = null;
        for (var i = 0; i < 100 && lastUsed is null; i++)
        {
            await Task.Delay(50);
            lastUsed = await factory.WithDbAsync(db =>
                db.ApiKeys.Where(k => k.KeyId == keyId).Select(k => k.LastUsedAt).SingleAsync());
        }
        factory.SqlCommands.Reset();
        (await client.PostAsync("{ __typename }")).AssertSuccess();

        Assert.NotNull(lastUsed);
        // Known key, known client rules, no new time of use within the minute: nothing read or written.
        Assert.Equal(0, factory.SqlCommands.Count);
        Assert.Equal(0, await factory.WithDbAsync(db =>
            db.ApiKeys.Where(k => k.KeyId == keyId).Select(k => k.Version).SingleAsync()));
    }

    [Fact]
    public async Task Address_ranges_hold_for_keys_tokens_and_the_token_endpoint()
    {
        var dashboard = await ClientAsync("demo-dashboard");
        var set = await MutateAsync("setApiClientAccess", new
        {
            id = dashboard.Str("id"), version = dashboard["version"]!.GetValue<int>(),
            allowedAddresses = new[] { "10.20.0.0/16", "2001:db8::/32" }, allowedOrigins = Array.Empty<string>(),
        }, "apiClient { allowedAddresses }");
        Assert.Empty(CodesOf(set));

        var inside = await factory.KeyClient(DemoKey, address: "10.20.3.4").PostAsync(Offices);
        var insideV6 = await factory.KeyClient(DemoKey, address: "2001:db8::7").PostAsync(Offices);
        var mapped = await factory.KeyClient(DemoKey, address: "::ffff:10.20.3.4").PostAsync(Offices);
        var outside = await factory.KeyClient(DemoKey, address: "127.0.0.1").PostAsync(Offices);
        var unknown = await factory.KeyClient(DemoKey).PostAsync(Offices);
        var tokenOutside = await TokenRequests.ClientCredentialsAsync(factory.AddressedClient("127.0.0.1"),
            "demo-dashboard", "demo-dashboard-secret");
        var tokenInside = await TokenRequests.ClientCredentialsAsync(factory.AddressedClient("10.20.9.9"),
            "demo-dashboard", "demo-dashboard-secret");
        tokenInside.AssertIssued();
        var carried = factory.AddressedClient("192.168.0.1");
        carried.DefaultRequestHeaders.Authorization = new("Bearer", tokenInside.AccessToken);
        var tokenElsewhere = await new GraphQLClient(carried).PostAsync(Offices);

        inside.AssertSuccess();
        insideV6.AssertSuccess();
        mapped.AssertSuccess();
        Assert.All(new[] { outside, unknown, tokenElsewhere }, r =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.Status);
            Assert.Equal("ADDRESS_NOT_ALLOWED", r.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        });
        tokenOutside.AssertRefused(HttpStatusCode.BadRequest, "unauthorized_client");
        var audit = await AuditAsync();
        Assert.Contains(audit, r => r.Operation == ClientAccessCheck.AddressOperation
            && r.ObjectIds == "demo-dashboard/key:demodash01" && r.SourceAddress == "127.0.0.1");
        Assert.Contains(audit, r => r.Operation == ClientAccessCheck.AddressOperation
            && r.ObjectIds == "demo-dashboard" && r.SourceAddress == "192.168.0.1");
        // Other clients are not held to the dashboard's ranges.
        (await factory.CreateGraphQLClient("demo-bureau").PostAsync(Offices)).AssertSuccess();
    }

    [Fact]
    public async Task Access_rules_are_validated_entry_by_entry()
    {
        var dashboard = await ClientAsync("demo-dashboard");

        var refused = await MutateAsync("setApiClientAccess", new
        {
            id = dashboard.Str("id"), version = dashboard["version"]!.GetValue<int>(),
            allowedAddresses = new[] { "10.0.0.0/8", "10.0.0.1/8", "not an address", "10.0.0.0/33" },
            allowedOrigins = new[] { "https://screen.example.cn", "https://screen.example.cn/board", "*", "ftp://x" },
        }, "apiClient { id }");
        var normalised = await MutateAsync("setApiClientAccess", new
        {
            id = dashboard.Str("id"), version = dashboard["version"]!.GetValue<int>(),
            allowedAddresses = new[] { "192.168.1.7", "10.0.0.0/8" },
            allowedOrigins = new[] { "HTTPS://Screen.Example.cn:443/", "http://localhost:3000" },
        }, "apiClient { allowedAddresses allowedOrigins version }");

        Assert.Equal(
            ["input.allowedAddresses.1", "input.allowedAddresses.2", "input.allowedAddresses.3",
                "input.allowedOrigins.1", "input.allowedOrigins.2", "input.allowedOrigins.3"],
            refused["errors"]!.AsArray().Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => (string)p!))));
        Assert.Empty(CodesOf(normalised));
        Assert.Equal(["192.168.1.7/32", "10.0.0.0/8"],
            normalised["apiClient"]!["allowedAddresses"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(["https://screen.example.cn", "http://localhost:3000"],
            normalised["apiClient"]!["allowedOrigins"]!.AsArray().Select(a => (string)a!));
    }

    [Fact]
    public async Task Preflights_are_answered_for_listed_origins_and_requests_from_other_origins_are_refused()
    {
        const string Listed = "https://screen.example.cn";
        var dashboard = await ClientAsync("demo-dashboard");
        await MutateAsync("setApiClientAccess", new
        {
            id = dashboard.Str("id"), version = dashboard["version"]!.GetValue<int>(),
            allowedAddresses = Array.Empty<string>(), allowedOrigins = new[] { Listed },
        }, "apiClient { id }");

        var listed = await PreflightAsync(Listed);
        var other = await PreflightAsync("https://elsewhere.example.cn");
        var allowed = await WithOriginAsync(Listed, factory.KeyClient(DemoKey));
        var refused = await WithOriginAsync("https://elsewhere.example.cn", factory.KeyClient(DemoKey));
        // The bureau's integration lists no origin: no page may call as it.
        var noneListed = await WithOriginAsync(Listed, factory.CreateGraphQLClient("demo-bureau"));

        Assert.Equal(HttpStatusCode.NoContent, listed.StatusCode);
        Assert.Equal(Listed, listed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("GET, POST", listed.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("X-Api-Key", listed.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Equal("600", listed.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.False(listed.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.DoesNotContain(other.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.Ordinal));
        Assert.Equal((HttpStatusCode.OK, Listed), (allowed.StatusCode,
            allowed.Headers.GetValues("Access-Control-Allow-Origin").Single()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("ORIGIN_NOT_ALLOWED", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, noneListed.StatusCode);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, GraphQLClient.Path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key, content-type");
        return await factory.CreateClient().SendAsync(request);
    }

    private static async Task<HttpResponseMessage> WithOriginAsync(string origin, GraphQLClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
        {
            Content = new StringContent("""{"query":"{ offices { totalCount } }"}""", Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return await client.Http.SendAsync(request);
    }

    [Fact]
    public async Task Keys_list_their_status_and_never_their_secret()
    {
        await factory.AddKeyAsync("demo-dashboard", DateTime.UtcNow.AddMinutes(-1));
        await factory.AddKeyAsync("demo-dashboard", DateTime.UtcNow.AddDays(1), DateTime.UtcNow);

        var keys = (await ClientAsync("demo-dashboard")).Nodes("apiKeys");
        var schema = await admin.QueryAsync("{ __type(name: \"ApiKey\") { fields { name } } }");

        Assert.Equal(["ACTIVE", "EXPIRED", "REVOKED"], keys.Select(k => k.Str("status")).Order());
        Assert.DoesNotContain(schema["__type"]!["fields"]!.AsArray().Select(f => f!.Str("name")),
            name => name.Contains("secret", StringComparison.OrdinalIgnoreCase)
                || name.Contains("hash", StringComparison.OrdinalIgnoreCase));
    }
}
