using System.Net;
using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.GraphQL.Paging;

/// <summary>
/// Keyset paging of connections (here `personnel`): argument checks, and walking the whole list both ways.
/// </summary>
[Collection(RelayCollection.Name)]
public sealed class ConnectionPagingTests(GatewayApiFactory factory)
{
    private const int PageSize = 7;
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          personnel(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { id name } }
            nodes { id }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Theory]
    [InlineData("first", -1)]
    [InlineData("first", 101)]
    [InlineData("last", -1)]
    [InlineData("last", 101)]
    public async Task A_page_size_outside_0_to_100_is_a_bad_paging_argument(string argument, int size)
    {
        var response = await client.PostAsync($"{{ personnel({argument}: {size}) {{ totalCount nodes {{ id }} }} }}");

        AssertPagingError(response, $"`{argument}` must be between 0 and 100.");
    }

    [Fact]
    public async Task An_absurd_page_size_is_refused_before_anything_runs()
    {
        var response = await client.PostAsync(
            $"{{ personnel(first: {int.MaxValue}) {{ totalCount nodes {{ id }} }} }}");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["QUERY_LIMIT_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task The_largest_and_smallest_page_sizes_are_accepted()
    {
        var largest = await client.QueryAsync("{ personnel(first: 100) { nodes { id } } }");
        var smallest = await client.QueryAsync(
            "{ personnel(last: 0) { nodes { id } pageInfo { hasPreviousPage startCursor } } }");

        Assert.InRange(largest["personnel"]!["nodes"]!.AsArray().Count, 1, 100);
        Assert.Empty(smallest["personnel"]!["nodes"]!.AsArray());
        Assert.True(smallest["personnel"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Null(smallest["personnel"]!["pageInfo"]!["startCursor"]);
    }

    [Fact]
    public async Task Without_arguments_a_connection_returns_the_default_page_of_50()
    {
        var total = await TotalAsync();
        Assert.True(total > 50, $"The seeded personnel ({total}) should fill more than one default page.");

        var data = await client.QueryAsync("{ personnel { nodes { id } pageInfo { hasNextPage } } }");

        Assert.Equal(50, data["personnel"]!["nodes"]!.AsArray().Count);
        Assert.True(data["personnel"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("after", "garbage")]
    [InlineData("after", "!!not base64!!")]
    [InlineData("before", "")]
    [InlineData("after", "YWZ0ZXI6LTE")] // "after:-1"
    [InlineData("before", "YmVmb3JlOjE")] // "before:1"
    [InlineData("after", "UGVyc29uOjE")] // a global id ("Person:1"), not a cursor
    public async Task A_cursor_this_connection_did_not_issue_is_a_bad_paging_argument(string argument, string cursor)
    {
        var response = await client.PostAsync(
            $"query($c: String) {{ personnel({argument}: $c, first: 5) {{ nodes {{ id }} }} }}", new { c = cursor });

        AssertPagingError(response, $"`{argument}` is not a cursor returned by this connection in this order.");
    }

    [Fact]
    public async Task An_overlong_cursor_is_a_bad_paging_argument()
    {
        var response = await client.PostAsync("query($c: String) { personnel(after: $c) { nodes { id } } }",
            new { c = new string('A', 10_000) });

        AssertPagingError(response, "`after` is not a cursor returned by this connection in this order.");
    }

    [Fact]
    public async Task First_and_last_together_are_a_bad_paging_argument()
    {
        var response = await client.PostAsync("{ personnel(first: 5, last: 5) { nodes { id } } }");

        AssertPagingError(response, "Pass either `first` or `last`, not both.");
    }

    [Fact]
    public async Task Paging_forwards_in_pages_of_7_visits_every_row_once_in_id_order()
    {
        var expected = await RowIdsAsync();
        Assert.True(expected.Count > 3 * PageSize,
            $"The seeded personnel ({expected.Count}) should span several pages.");

        var pages = await Pages.ForwardAsync("personnel", async after =>
        {
            var page = (await client.QueryAsync(Page, new { first = PageSize, after }))["personnel"]!;
            Assert.Equal(expected.Count, page["totalCount"]!.GetValue<int>());
            return page;
        }, maxPages: expected.Count + 1);

        Assert.Equal(expected, pages.SelectMany(RowIds).ToList());
        Assert.Equal((expected.Count + PageSize - 1) / PageSize, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            AssertPageInfoMatchesEdges(pages[i]);
            Assert.Equal(i > 0, pages[i]["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            Assert.Equal(i < pages.Count - 1, pages[i]["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.Equal(i < pages.Count - 1 ? PageSize : expected.Count - (pages.Count - 1) * PageSize,
                Edges(pages[i]).Count);
        }
    }

    [Fact]
    public async Task Paging_backwards_in_pages_of_7_gives_the_same_rows_in_the_same_order()
    {
        var expected = await RowIdsAsync();
        Assert.True(expected.Count > 3 * PageSize,
            $"The seeded personnel ({expected.Count}) should span several pages.");

        var pages = await Pages.BackwardAsync("personnel",
            async before => (await client.QueryAsync(Page, new { last = PageSize, before }))["personnel"],
            maxPages: expected.Count + 1);
        pages.Reverse();

        Assert.Equal(expected, pages.SelectMany(RowIds).ToList());
        for (var i = 0; i < pages.Count; i++)
        {
            AssertPageInfoMatchesEdges(pages[i]);
            Assert.Equal(i > 0, pages[i]["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            Assert.Equal(i < pages.Count - 1, pages[i]["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            // Backwards, the short page is the first one.
            Assert.Equal(i > 0 ? PageSize : expected.Count - (pages.Count - 1) * PageSize, Edges(pages[i]).Count);
        }
    }

    [Fact]
    public async Task A_row_has_the_same_cursor_whichever_way_it_is_reached()
    {
        var forward = (await client.QueryAsync(Page, new { first = 100 }))["personnel"]!;
        var backward = (await client.QueryAsync(Page, new { last = 100 }))["personnel"]!;
        var forwardCursors = Edges(forward)
            .ToDictionary(e => e["node"]!["id"]!.GetValue<string>(), e => e["cursor"]!.GetValue<string>());

        var shared = Edges(backward)
            .Where(e => forwardCursors.ContainsKey(e["node"]!["id"]!.GetValue<string>())).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, e =>
            Assert.Equal(forwardCursors[e["node"]!["id"]!.GetValue<string>()], e["cursor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task After_and_before_together_return_the_rows_strictly_between()
    {
        var all = (await client.QueryAsync(Page, new { first = 20 }))["personnel"]!;
        var edges = Edges(all);
        Assert.True(edges.Count == 20, "The seeded personnel should fill a page of 20.");

        var between = (await client.QueryAsync(Page, new
        {
            first = 100,
            after = edges[2]["cursor"]!.GetValue<string>(),
            before = edges[10]["cursor"]!.GetValue<string>(),
        }))["personnel"]!;

        Assert.Equal(RowIds(all).Skip(3).Take(7), RowIds(between));
        Assert.True(between["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(between["pageInfo"]!["hasNextPage"]!.GetValue<bool>(),
            "Forward paging reports only whether more rows follow within the window.");
    }

    [Fact]
    public async Task Paging_past_either_end_gives_an_empty_page_that_says_where_it_is()
    {
        var first = (await client.QueryAsync(Page, new { first = 1 }))["personnel"]!;
        var last = (await client.QueryAsync(Page, new { last = 1 }))["personnel"]!;
        Assert.False(first["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var afterEnd = (await client.QueryAsync(Page,
            new { first = PageSize, after = last["pageInfo"]!["endCursor"]!.GetValue<string>() }))["personnel"]!;
        var beforeStart = (await client.QueryAsync(Page,
            new { last = PageSize, before = first["pageInfo"]!["startCursor"]!.GetValue<string>() }))["personnel"]!;

        Assert.Empty(Edges(afterEnd));
        Assert.False(afterEnd["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(afterEnd["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Null(afterEnd["pageInfo"]!["startCursor"]);
        Assert.Null(afterEnd["pageInfo"]!["endCursor"]);
        Assert.Empty(Edges(beforeStart));
        Assert.False(beforeStart["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(beforeStart["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null(beforeStart["pageInfo"]!["startCursor"]);
    }

    private static void AssertPagingError(GraphQLResponse response, string message)
    {
        Assert.True(response.Status == HttpStatusCode.OK,
            $"A bad paging argument is a field error of an executed request, not {response}");
        Assert.Equal([message], response.ErrorMessages);
        Assert.Equal(["BAD_PAGING_ARGUMENT"], response.ErrorCodes);
        Assert.Equal("personnel", response.Errors[0]!["path"]![0]!.GetValue<string>());
    }

    private static void AssertPageInfoMatchesEdges(JsonNode page)
    {
        var edges = Edges(page);
        Assert.Equal(edges.FirstOrDefault()?["cursor"]?.GetValue<string>(),
            page["pageInfo"]!["startCursor"]?.GetValue<string>());
        Assert.Equal(edges.LastOrDefault()?["cursor"]?.GetValue<string>(),
            page["pageInfo"]!["endCursor"]?.GetValue<string>());
        Assert.Equal(edges.Select(e => e["node"]!["id"]!.GetValue<string>()),
            page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    private static List<JsonNode> Edges(JsonNode page) => [.. page["edges"]!.AsArray().Select(e => e!)];

    private static IEnumerable<long> RowIds(JsonNode page) => Edges(page).Select(e =>
    {
        Assert.True(GlobalId.TryDecode(e["node"]!["id"]!.GetValue<string>(), out var type, out var id));
        Assert.Equal("Person", type);
        return id;
    });

    private Task<List<long>> RowIdsAsync() =>
        factory.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());

    private async Task<int> TotalAsync() =>
        (await client.QueryAsync("{ personnel { totalCount } }"))["personnel"]!["totalCount"]!.GetValue<int>();
}
