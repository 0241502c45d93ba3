using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Security;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using ClientPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// What polling dashboards rely on: ETags and 304s over GET, browser caching of shared aggregates only, the per-tenant
/// result cache (shared by callers who would get the same answer, never by any other), and API-key callers held to
/// the published documents. Each test selects the test aggregate under an alias of its own, so no test finds another's
/// kept answer.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTransportTests(DashboardApiFactory factory)
{
    // ---- ETag and Cache-Control ----

    [Fact]
    public async Task Every_get_answer_has_a_strong_etag_of_its_body_and_stays_no_store()
    {
        var http = factory.CreateGraphQLClient().Http;

        using var first = await GetAsync(http, "{ offices(first: 1) { nodes { code } } }");
        using var again = await GetAsync(http, "{ offices(first: 1) { nodes { code } } }");
        using var other = await GetAsync(http, "{ offices(first: 2) { nodes { code } } }");
        using var post =
            await http.PostAsync(GraphQLClient.Path, JsonContent("{ offices(first: 1) { nodes { code } } }"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
        Assert.True(first.Headers.CacheControl!.NoStore);
        Assert.Empty(first.Headers.Vary);
        Assert.Null(post.Headers.ETag);
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304_without_a_body()
    {
        var http = factory.CreateGraphQLClient().Http;
        using var first = await GetAsync(http, "{ offices(first: 3) { nodes { code } } }");
        var etag = first.Headers.ETag!.Tag;

        using var same = await GetAsync(http, "{ offices(first: 3) { nodes { code } } }",
            ifNoneMatch: $"\"other\", {etag}");
        using var changed = await GetAsync(http, "{ offices(first: 3) { nodes { code } } }", ifNoneMatch: "\"other\"");

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Empty(await same.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, same.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEmpty(await changed.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Only_an_answer_of_shared_aggregates_alone_may_be_kept_by_the_browser()
    {
        var http = factory.CreateGraphQLClient("demo-dashboard").Http;

        using var shared = await GetAsync(http, "{ __typename cc1: testUnitCounts { kind units } }");
        using var mixed = await GetAsync(http, "{ cc2: testUnitCounts { kind } offices(first: 1) { nodes { code } } }");
        using var refused = await GetAsync(http, "{ cc3: testUnitCounts { kind nope } }");

        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        AssertKeptPrivatelyFor(60, shared);
        Assert.Equal(["Authorization", "Accept", "Accept-Language", "X-Api-Key"], shared.Headers.Vary);
        Assert.True(mixed.Headers.CacheControl!.NoStore);
        Assert.True(refused.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Statistics_are_a_shared_aggregate_kept_for_a_minute()
    {
        var http = factory.CreateGraphQLClient("demo-dashboard").Http;
        const string Query = "query($from: Instant!, $to: Instant!) { statistics(from: $from, to: $to) " +
            "{ teamsAndCameras { unitCode teams cameras } } }";
        var cache = factory.Services.GetRequiredService<TenantResultCache>();
        var before = cache.Count;

        using var response = await GetAsync(http, Query, new { from = "2026-10-01", to = "2026-11-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertKeptPrivatelyFor(60, response);
        Assert.Equal(before + 1, cache.Count);
    }

    // ---- the per-tenant result cache ----

    [Fact]
    public async Task A_kept_answer_is_given_again_without_executing_and_expires()
    {
        var http = factory.CreateGraphQLClient("demo-dashboard").Http;
        const string Query = "{ rc1: testUnitCounts { kind units } }";
        var before = factory.UnitCounts.Executions;

        var first = await AnswerAsync(http, Query);
        var again = await AnswerAsync(http, Query);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        using var later = await GetAsync(http, Query);
        Assert.Equal(before + 1, factory.UnitCounts.Executions);
        Assert.Equal(first, again);
        AssertKeptPrivatelyFor(30, later);

        factory.Clock.Advance(TimeSpan.FromSeconds(31));
        var expired = await AnswerAsync(http, Query);

        Assert.Equal(before + 2, factory.UnitCounts.Executions);
        Assert.Equal(first, expired);
    }

    [Fact]
    public async Task Two_callers_of_the_same_unit_and_permissions_share_one_answer()
    {
        var twin = await RegisterClientAsync("dashboard-twin", "bureau", Roles.Dashboard);
        const string Query = "{ rc2: testUnitCounts { kind units cameras } }";
        var before = factory.UnitCounts.Executions;

        var dashboard = await AnswerAsync(factory.CreateGraphQLClient("demo-dashboard").Http, Query);
        var ofTwin = await AnswerAsync(factory.CreateGraphQLClient(twin).Http, Query);

        Assert.Equal(before + 1, factory.UnitCounts.Executions);
        Assert.Equal(dashboard, ofTwin);
    }

    /// <summary>
    /// The isolation of the cache: callers of other units, other permission sets, other variables, languages or media
    /// types each get the answer computed for them, whoever asked first — and, asking again, their own kept answer.
    /// </summary>
    [Fact]
    public async Task No_caller_is_ever_given_an_answer_kept_for_another_scope_permission_set_or_request()
    {
        const string Query = "query($prefix: String) { rc3: testUnitCounts(codePrefix: $prefix) { kind units } }";
        var callers = new (string Client, object? Variables, string? Language, string Accept)[]
        {
            ("demo-bureau", null, null, GraphQLClient.ApplicationJson),
            ("demo-dashboard", null, null, GraphQLClient.ApplicationJson), // same unit, other permissions
            ("demo-committee", null, null, GraphQLClient.ApplicationJson),
            ("demo-station", null, null, GraphQLClient.ApplicationJson), // other units
            ("demo-nanjing", null, null, GraphQLClient.ApplicationJson),
            ("demo-longxiang", null, null, GraphQLClient.ApplicationJson),
            ("demo-bureau", new { prefix = "nanjing" }, null, GraphQLClient.ApplicationJson), // other variables
            ("demo-bureau", null, "en", GraphQLClient.ApplicationJson), // other language
            ("demo-bureau", null, null, GraphQLClient.GraphQLResponseJson), // other media type
        };
        var before = factory.UnitCounts.Executions;

        var answers = new List<string>();
        foreach (var (client, variables, language, accept) in callers)
            answers.Add(
                await AnswerAsync(factory.CreateGraphQLClient(client).Http, Query, variables, language, accept));
        Assert.Equal(before + callers.Length, factory.UnitCounts.Executions);
        for (var i = 0; i < callers.Length; i++)
        {
            var (client, variables, language, accept) = callers[i];
            var prefix = variables is null ? "" : "nanjing";
            Assert.Equal(await ExpectedUnitCountsAsync(client, prefix), Rows(answers[i]));
            Assert.Equal(answers[i],
                await AnswerAsync(factory.CreateGraphQLClient(client).Http, Query, variables, language, accept));
        }
        Assert.Equal(before + callers.Length, factory.UnitCounts.Executions);
    }

    [Fact]
    public async Task An_answer_with_errors_is_never_kept()
    {
        var cache = factory.Services.GetRequiredService<TenantResultCache>();
        var before = cache.Count;

        // demo-dashboard may not read personnel: the whole request is refused.
        var refused = await factory.CreateGraphQLClient("demo-dashboard")
            .PostAsync("{ rc4: testUnitCounts { kind } personnel(first: 1) { totalCount } }");

        Assert.Equal(["ACCESS_DENIED"], refused.ErrorCodes);
        Assert.Equal(before, cache.Count);
    }

    // ---- API keys run published documents only ----

    [Fact]
    public async Task An_api_key_caller_sending_a_document_of_its_own_is_refused_with_403()
    {
        var keyed = factory.CreateApiKeyClient("demo-dashboard");

        var post = await keyed.PostAsync("{ offices(first: 1) { nodes { code } } }");
        var get = await keyed.GetAsync("{ offices(first: 1) { nodes { code } } }");
        var byToken = await factory.CreateGraphQLClient("demo-dashboard")
            .PostAsync("{ offices(first: 1) { nodes { code } } }");

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.Status);
            Assert.Contains("API keys run the published documents only", response.ErrorMessages.Single());
            Assert.Null(response.Data);
        }
        byToken.AssertSuccess();
    }

    [Fact]
    public async Task An_api_key_caller_runs_published_documents_over_get_and_post()
    {
        var keyed = factory.CreateApiKeyClient("demo-dashboard");
        var id = PersistedDocumentTests.IdOf("Offices");

        var get = await keyed.GetRawAsync($"?documentId={id}&variables=" + Uri.EscapeDataString("""{"first":1}"""));
        var post = await keyed.PostRawAsync(new JsonObject { ["documentId"] = id }.ToJsonString());

        get.AssertSuccess();
        post.AssertSuccess();
        Assert.Single(get.Data!["offices"]!["nodes"]!.AsArray());
    }

    // ---- helpers ----

    private static void AssertKeptPrivatelyFor(int seconds, HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl is { Private: true, NoStore: false, Public: false }, cacheControl.ToString());
        Assert.Equal(TimeSpan.FromSeconds(seconds), cacheControl.MaxAge);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string query, object? variables = null,
        string? language = null, string accept = GraphQLClient.ApplicationJson, string? ifNoneMatch = null)
    {
        var url = GraphQLClient.Path + "?query=" + Uri.EscapeDataString(query);
        if (variables is not null)
            url += "&variables=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(variables));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await http.SendAsync(request);
    }

    private static async Task<string> AnswerAsync(HttpClient http, string query, object? variables = null,
        string? language = null, string accept = GraphQLClient.ApplicationJson)
    {
        using var response = await GetAsync(http, query, variables, language, accept);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && !body.Contains("\"errors\""), body);
        return body;
    }

    private static HttpContent JsonContent(string query) =>
        new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), System.Text.Encoding.UTF8,
            new MediaTypeHeaderValue("application/json"));

    private static List<(string Kind, int Units)> Rows(string body) =>
    [
        .. JsonNode.Parse(body)!["data"]!["rc3"]!.AsArray()
            .Select(r => (r!["kind"]!.GetValue<string>(), r["units"]!.GetValue<int>())),
    ];

    /// <summary>The units of each kind under the client's own unit, counted here without the app.</summary>
    private Task<List<(string Kind, int Units)>> ExpectedUnitCountsAsync(string clientId, string codePrefix) =>
        factory.WithDbAsync(async db =>
        {
            var path = await db.ApiClients.Where(c => c.ClientId == clientId)
                .Select(c => db.OrgUnits.Single(u => u.Id == c.OwnerUnitId).Path).SingleAsync();
            var kinds = await db.OrgUnits.Where(u => u.Path.StartsWith(path) && u.Code.StartsWith(codePrefix))
                .Select(u => u.Kind).ToListAsync();
            return kinds.GroupBy(k => k).OrderBy(g => g.Key).Select(g => (g.Key.ToString(), g.Count())).ToList();
        });

    /// <summary>A machine client of <paramref name="role"/> at <paramref name="unitCode"/>, as the demo county's are
    /// registered; its secret is "&lt;client id&gt;-secret".</summary>
    private async Task<string> RegisterClientAsync(string clientId, string unitCode, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(clientId) is not null) return clientId;
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientId + "-secret",
            ClientType = OpenIddictConstants.ClientTypes.Confidential,
            DisplayName = clientId,
            Permissions = { ClientPermissions.Endpoints.Token, ClientPermissions.GrantTypes.ClientCredentials,
                ClientPermissions.Prefixes.Scope + GatewayClaims.ApiScope },
        });
        await factory.WithDbAsync(async db =>
        {
            db.ApiClients.Add(new ApiClient
            {
                ClientId = clientId, DisplayName = clientId, Roles = [role],
                OwnerUnitId = await db.OrgUnits.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(),
                SecurityStamp = ApiClient.NewSecurityStamp(), CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        return clientId;
    }
}

/// <summary>A kept answer is given without executing, but not for free: the caller's cost budget pays what computing
/// it was estimated at (here a budget of 1 a minute, which one request spends whole).</summary>
public sealed class ResultCacheBudgetTests : IAsyncLifetime
{
    private readonly DashboardApiFactory app = new(("RateLimits:GraphQLCostPerMinute", "1"));

    [Fact]
    public async Task A_kept_answer_is_charged_to_the_callers_budget()
    {
        var client = app.CreateGraphQLClient("demo-dashboard");

        var computed = await client.GetAsync("{ testUnitCounts { kind units } }");
        var kept = await client.GetAsync("{ testUnitCounts { kind units } }");

        computed.AssertSuccess();
        Assert.Equal(1, app.Services.GetRequiredService<TenantResultCache>().Count);
        Assert.Equal(HttpStatusCode.TooManyRequests, kept.Status);
        Assert.Equal(["RATE_LIMITED"], kept.ErrorCodes);
        Assert.Equal(1, app.UnitCounts.Executions);
    }

    public Task InitializeAsync() => ((IAsyncLifetime)app).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();
}
