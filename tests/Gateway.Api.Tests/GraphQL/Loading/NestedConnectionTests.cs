using Gateway.Api.FieldWork;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.GraphQL.Loading;

/// <summary>
/// To-many relations are connections like the root lists: each parent gets its own page, count and cursors, with
/// <c>where</c> and <c>order</c>, and every parent's page at one place in the query comes from the same SQL command.
/// </summary>
[Collection(QueryCostCollection.Name)]
public sealed class NestedConnectionTests(GatewayApiFactory county)
{
    [Fact]
    public async Task Each_parent_gets_its_own_first_page_in_the_requested_order_with_its_own_count()
    {
        var expected = await county.WithDbAsync(async db => (await db.FieldWorkEvents
            .Select(e => new { e.Id, e.PersonId, e.OccurredAt }).ToListAsync())
            .GroupBy(e => e.PersonId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(),
                Page: g.OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id).Take(3).Select(e => e.Id).ToList())));
        var client = county.CreateGraphQLClient();

        var people = (await client.ReadAllAsync("personnel",
            "id fieldWork(first: 3, order: [{ occurredAt: DESC }]) { " +
            "totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } }"));

        Assert.Contains(people, p => p["fieldWork"]!["totalCount"]!.GetValue<int>() > 3);
        foreach (var person in people)
        {
            var (count, page) = expected.GetValueOrDefault(JsonExtensions.RowId(person.Str("id"), "Person"), (0, []));
            var fieldWork = person["fieldWork"]!;
            Assert.Equal(count, fieldWork["totalCount"]!.GetValue<int>());
            Assert.Equal(page,
                fieldWork.Items("nodes").Select(n => JsonExtensions.RowId(n.Str("id"), "FieldWorkEvent")));
            Assert.Equal(count > 3, fieldWork["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.False(fieldWork["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task A_parents_children_page_on_from_a_cursor_forwards_and_backwards()
    {
        var (personId, all) = await county.WithDbAsync(async db =>
        {
            var busiest = await db.FieldWorkEvents.GroupBy(e => e.PersonId).OrderByDescending(g => g.Count())
                .Select(g => g.Key).FirstAsync();
            return (busiest, await db.FieldWorkEvents.Where(e => e.PersonId == busiest)
                .OrderBy(e => e.Count).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync());
        });
        Assert.True(all.Count > 20, "The seed should give someone more than 20 field-work entries.");
        var client = county.CreateGraphQLClient();
        var id = Gateway.Api.GraphQL.Mapping.GlobalId.Encode("Person", personId);
        const string Page =
            "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { " +
            "node(id: $id) { ... on Person { " +
            "fieldWork(first: $first, after: $after, last: $last, before: $before, order: [{ count: ASC }]) { " +
            "nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }";

        var forwardPages = await Pages.ForwardAsync("fieldWork", async after =>
        {
            var connection = (await client.QueryAsync(Page, new { id, first = 7, after }))["node"]!["fieldWork"]!;
            Assert.Equal(after is not null, connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            return connection;
        });
        var backwardPages = await Pages.BackwardAsync("fieldWork", async before =>
        {
            var connection = (await client.QueryAsync(Page, new { id, last = 7, before }))["node"]!["fieldWork"]!;
            Assert.Equal(before is not null, connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            return connection;
        });
        backwardPages.Reverse();
        var forwards = forwardPages.SelectMany(Pages.RowsOf)
            .Select(n => JsonExtensions.RowId(n.Str("id"), "FieldWorkEvent")).ToList();
        var backwards = backwardPages.SelectMany(Pages.RowsOf)
            .Select(n => JsonExtensions.RowId(n.Str("id"), "FieldWorkEvent")).ToList();

        Assert.Equal(all, forwards);
        Assert.Equal(all, backwards);
    }

    [Fact]
    public async Task Where_filters_each_parents_rows_and_its_count()
    {
        var patrols = await county.WithDbAsync(async db => (await db.FieldWorkEvents
            .Where(e => e.Kind == FieldWorkKind.Patrol)
            .GroupBy(e => e.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(g => g.Key, g => g.Count));
        var client = county.CreateGraphQLClient();

        var people = await client.ReadAllAsync("personnel",
            "id fieldWork(first: 5, where: { kind: { eq: PATROL } }) { totalCount nodes { kind } }");

        Assert.Contains(people, p => p["fieldWork"]!["totalCount"]!.GetValue<int>() > 0);
        foreach (var person in people)
        {
            Assert.Equal(patrols.GetValueOrDefault(JsonExtensions.RowId(person.Str("id"), "Person")),
                person["fieldWork"]!["totalCount"]!.GetValue<int>());
            Assert.All(person["fieldWork"]!.Items("nodes"), n => Assert.Equal("PATROL", n.Str("kind")));
        }
    }

    [Fact]
    public async Task Nested_pages_cost_one_command_per_level_and_one_per_count_with_10_or_1000_more_rows()
    {
        await using var app = new GatewayApiFactory();
        var client = app.CreateGraphQLClient();
        const string Query =
            "{ personnel(first: 100) { nodes { name fieldWork(first: 3, where: { count: { gte: 1 } }, " +
            "order: [{ occurredAt: DESC }]) { totalCount nodes { kind grid { code } } } } } }";
        await client.QueryAsync(Query);

        async Task<int> CostAsync()
        {
            app.SqlCommands.Reset();
            await client.QueryAsync(Query);
            return app.SqlCommands.Count;
        }

        await AddFieldWorkAsync(app, 10);
        var at10 = await CostAsync();
        await AddFieldWorkAsync(app, 1_000);
        var at1000 = await CostAsync();

        // people page + field-work pages of every person, each entry's grid read with it + their counts.
        Assert.True(at10 == 3, $"{at10} commands:\n" + string.Join("\n---\n", app.SqlCommands.Commands));
        Assert.Equal(3, at1000);
    }

    [Fact]
    public async Task Bad_nested_arguments_get_the_same_clear_errors_as_root_lists()
    {
        var client = county.CreateGraphQLClient();

        var tooMany = await client.PostAsync(
            "{ personnel(first: 1) { nodes { fieldWork(first: 1000) { totalCount } } } }");
        var both = await client.PostAsync(
            "{ personnel(first: 1) { nodes { fieldWork(first: 1, last: 1) { totalCount } } } }");
        var badCursor = await client.PostAsync(
            "{ personnel(first: 1) { nodes { fieldWork(after: \"bm90IGEgY3Vyc29y\") { totalCount } } } }");

        Assert.Equal(["BAD_PAGING_ARGUMENT"], tooMany.ErrorCodes);
        Assert.Equal(["BAD_PAGING_ARGUMENT"], both.ErrorCodes);
        Assert.Equal(["BAD_PAGING_ARGUMENT"], badCursor.ErrorCodes);
    }

    private static Task AddFieldWorkAsync(GatewayApiFactory app, int rows) => app.WithDbAsync(async db =>
    {
        var workers = await db.People.Select(p => new
        {
            p.Id, p.OwnerUnitId,
            GridId = db.Grids.Where(g => g.OwnerUnitId == p.OwnerUnitId).Select(g => (long?)g.Id).FirstOrDefault(),
        }).ToListAsync();
        var start = new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < rows; i++)
        {
            var worker = workers[i % workers.Count];
            db.FieldWorkEvents.Add(new FieldWorkEvent
            {
                PersonId = worker.Id, OwnerUnitId = worker.OwnerUnitId, GridId = worker.GridId,
                Kind = FieldWorkKind.Patrol, OccurredAt = start.AddMinutes(i), Count = 1 + i % 20,
            });
        }
        await db.SaveChangesAsync();
    });
}
