using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// A repeated query reuses its validated document, yet everything that depends on the request is checked every time:
/// the caller's permissions, the cost under the variables given, the variables' types.
/// </summary>
public sealed class DocumentCacheTests : IAsyncLifetime
{
    private readonly GatewayApiFactory app = new();

    private ValidatedDocumentCache Cache =>
        app.Services.GetServices<IConfigureExecution>().OfType<ValidatedDocumentCache>().Single();

    [Fact]
    public async Task A_repeated_query_is_kept_once_and_a_refused_one_not_at_all()
    {
        var client = app.CreateGraphQLClient();
        var before = Cache.Count;

        await client.QueryAsync("{ offices { totalCount } }");
        await client.QueryAsync("{ offices { totalCount } }");
        await client.PostAsync("{ offices { noSuchField } }");

        Assert.Equal(before + 1, Cache.Count);
    }

    [Fact]
    public async Task Each_row_of_a_list_answers_the_fields_its_requests_variables_include()
    {
        const string Query = """
            query($withCode: Boolean!) {
              offices(first: 3, order: [{ code: ASC }]) {
                nodes { name code @include(if: $withCode) ...Parent parent { code } }
              }
            }
            fragment Parent on OrgUnit { id parent { name } }
            """;
        var client = app.CreateGraphQLClient();

        var withCodes = (await client.QueryAsync(Query, new { withCode = true }))["offices"]!["nodes"]!.AsArray();
        var without = (await client.QueryAsync(Query, new { withCode = false }))["offices"]!["nodes"]!.AsArray();

        Assert.Equal(3, withCodes.Count);
        foreach (var (row, other) in withCodes.Zip(without))
        {
            Assert.Equal(["name", "code", "id", "parent"], row!.AsObject().Select(p => p.Key));
            Assert.Equal(["name", "id", "parent"], other!.AsObject().Select(p => p.Key));
            // The parent asked for twice is one field with both selections.
            Assert.Equal(["name", "code"], row["parent"]!.AsObject().Select(p => p.Key));
            Assert.False(string.IsNullOrEmpty(row["code"]!.GetValue<string>()));
        }
        Assert.Equal(withCodes.Select(r => r!["id"]!.GetValue<string>()),
            without.Select(r => r!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_published_document_run_by_id_is_kept_by_its_text_like_any_other()
    {
        var client = app.CreateGraphQLClient();
        var before = Cache.Count;
        var query = "?documentId=" + PersistedDocumentTests.IdOf("Offices");

        (await client.GetRawAsync(query)).AssertSuccess();
        (await client.GetRawAsync(query)).AssertSuccess();

        Assert.Equal(before + 1, Cache.Count);
    }

    [Fact]
    public async Task Another_caller_of_a_cached_query_is_still_refused_what_it_may_not_read()
    {
        const string Query = "{ residents(first: 1) { totalCount } }";
        await app.CreateGraphQLClient().QueryAsync(Query);

        var response = await app.CreateGraphQLClient("demo-dashboard").PostAsync(Query);

        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task The_cost_of_a_cached_query_is_checked_under_each_requests_variables()
    {
        const string Query =
            "query($n: Int) { offices(first: $n) { nodes { grids(first: $n) { nodes { " +
            "assignments(first: $n) { nodes { id } } } } } } }";
        var client = app.CreateGraphQLClient();
        await client.QueryAsync(Query, new { n = 5 });

        var costly = await client.PostAsync(Query, new { n = 100 });
        var mistyped = await client.PostAsync(Query, new { n = "many" });

        Assert.Equal(["QUERY_LIMIT_EXCEEDED"], costly.ErrorCodes);
        Assert.Null(costly.Data);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, mistyped.Status);
        Assert.Null(mistyped.Data);
    }

    public Task InitializeAsync() => ((IAsyncLifetime)app).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();
}
