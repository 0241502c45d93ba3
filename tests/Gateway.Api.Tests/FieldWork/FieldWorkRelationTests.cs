using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

using Gateway.Api.GraphQL.Mapping;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>
/// Field work is listed under the person who did it and the grid it was done in, with its own values.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class FieldWorkRelationTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task A_persons_field_work_is_every_entry_of_that_person_with_its_kind_count_and_grid()
    {
        var stored = await factory.WithDbAsync(db => db.FieldWorkEvents
            .Select(e => new { e.Id, e.PersonId, e.GridId, Kind = e.Kind.ToString(), e.Count }).ToListAsync());
        // The person with the least field work: still several pages of it.
        var person = stored.GroupBy(e => e.PersonId).OrderBy(g => g.Count()).ThenBy(g => g.Key).First();
        var id = GlobalId.Encode("Person", person.Key);

        var pages = await Pages.ForwardAsync("fieldWork", async after => (await client.QueryAsync(
            "query($id: ID!, $after: String) { node(id: $id) { ... on Person { fieldWork(first: 100, after: $after) " +
            "{ totalCount nodes { id kind count person { id } grid { id } } pageInfo { hasNextPage endCursor } } } } }",
            new { id, after }))["node"]!["fieldWork"]);

        var nodes = pages.SelectMany(Pages.RowsOf).ToList();
        var expected = person.OrderBy(e => e.Id).ToList();
        Assert.True(expected.Count > 1,
            $"Every person should have done several entries of field work; {id} has {expected.Count}.");
        Assert.All(pages, page => Assert.Equal(expected.Count, page["totalCount"]!.GetValue<int>()));
        Assert.Equal(expected.Select(e => GlobalId.Encode("FieldWorkEvent", e.Id)), nodes.Select(n => n.Str("id")));
        foreach (var (node, row) in nodes.Zip(expected))
        {
            Assert.Equal(id, node.RefId("person"));
            Assert.Equal(row.GridId is { } grid ? GlobalId.Encode("Grid", grid) : null, node.RefId("grid"));
            Assert.Equal(row.Count, node["count"]!.GetValue<int>());
            Assert.Equal(row.Kind, node.Str("kind").Replace("_", ""), StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_grids_field_work_is_every_entry_done_in_that_grid_page_by_page()
    {
        var stored = await factory.WithDbAsync(db => db.FieldWorkEvents.Where(e => e.GridId != null)
            .Select(e => new { e.Id, GridId = e.GridId!.Value, e.PersonId }).ToListAsync());
        var grid = stored.GroupBy(e => e.GridId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        var id = GlobalId.Encode("Grid", grid.Key);

        var pages = await Pages.ForwardAsync("fieldWork", async after => (await client.QueryAsync(
            "query($id: ID!, $after: String) { node(id: $id) { ... on Grid { fieldWork(first: 100, after: $after) " +
            "{ totalCount nodes { id grid { id } person { id } } pageInfo { hasNextPage endCursor } } } } }",
            new { id, after }))["node"]!["fieldWork"]);

        var nodes = pages.SelectMany(Pages.RowsOf).ToList();
        var expected = grid.OrderBy(e => e.Id).ToList();
        Assert.True(pages.Count > 1,
            $"The grid with the most field work should fill several pages; it has {expected.Count} entries.");
        Assert.All(pages, page => Assert.Equal(expected.Count, page["totalCount"]!.GetValue<int>()));
        Assert.Equal(expected.Select(e => GlobalId.Encode("FieldWorkEvent", e.Id)), nodes.Select(n => n.Str("id")));
        Assert.All(nodes, n => Assert.Equal(id, n.RefId("grid")));
        Assert.Equal(expected.Select(e => GlobalId.Encode("Person", e.PersonId)), nodes.Select(n => n.RefId("person")));
    }
}
