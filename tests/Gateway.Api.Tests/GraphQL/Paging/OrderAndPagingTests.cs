using System.Text.Json.Nodes;
using Gateway.Api.Grids;
using Gateway.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Paging;

/// <summary>
/// The <c>order</c> argument and keyset paging over it: stable, multi-key, nulls last, consistent in both directions
/// and under inserts.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class OrderAndPagingTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient bureau = factory.CreateGraphQLClient();

    [Fact]
    public void Every_connection_in_the_schema_takes_where_and_order()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var connections = schema.AllTypes.OfType<IComplexGraphType>()
            .SelectMany(type => type.Fields.Select(field => (type, field)))
            .Where(f => f.field.ResolvedType?.GetNamedType().Name.EndsWith("Connection") == true)
            .ToList();

        Assert.NotEmpty(connections);
        Assert.All(connections, c =>
        {
            Assert.True(c.field.Arguments?.Find("where") is not null, $"{c.type.Name}.{c.field.Name} has no `where`.");
            Assert.True(c.field.Arguments?.Find("order") is not null, $"{c.type.Name}.{c.field.Name} has no `order`.");
            Assert.False(
                string.IsNullOrEmpty(c.field.Arguments!.Find("where")!.ResolvedType!.GetNamedType().Description));
        });
    }

    [Fact]
    public async Task A_descending_key_with_the_id_breaking_ties()
    {
        var expected = await factory.WithDbAsync(db =>
            db.Grids.OrderByDescending(g => g.Households).ThenBy(g => g.Id).Select(g => g.Code).ToListAsync());

        var data = await bureau.QueryAsync("{ grids(first: 100, order: [{ households: DESC }]) { nodes { code } } }");

        Assert.Equal(expected, Codes(data["grids"]!));
    }

    [Fact]
    public async Task Several_keys_with_rows_without_a_value_last()
    {
        var rows = await factory.WithDbAsync(db =>
            db.Assignments.Select(a => new { a.Id, a.From, a.To }).ToListAsync());
        var expected = rows.OrderBy(a => a.To is null ? 1 : 0).ThenByDescending(a => a.To).ThenBy(a => a.From)
            .ThenBy(a => a.Id).Select(a => a.Id).ToList();

        var all = await ReadAllAsync("assignments", "order: [{ to: DESC }, { from: ASC }]", pageSize: 7, "id");

        Assert.Equal(expected.Count, all.Count);
        Assert.Equal(expected, all.Select(RowId));
    }

    [Fact]
    public async Task Through_a_to_one_relation_forwards_and_backwards()
    {
        var rows = await factory.WithDbAsync(db =>
            db.People.Select(p => new { p.Id, p.Name, Unit = p.OwnerUnit!.Name }).ToListAsync());
        var expected = rows.OrderBy(p => p.Unit, StringComparer.Ordinal)
            .ThenByDescending(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => p.Id).ToList();
        const string arguments = "order: [{ unit: { name: ASC } }, { name: DESC }]";

        var forwards = await ReadAllAsync("personnel", arguments, pageSize: 7, "id");
        var backwards = await ReadAllBackwardsAsync("personnel", arguments, pageSize: 7, "id");

        Assert.Equal(expected, forwards.Select(RowId));
        Assert.Equal(expected, backwards.Select(RowId));
    }

    [Fact]
    public async Task Rows_without_the_related_row_come_last_in_either_direction()
    {
        var rows = await factory.WithDbAsync(db => db.MassParticipationTeams
            .Select(t => new { t.Id, Grid = t.Grid == null ? null : t.Grid.Code }).ToListAsync());
        Assert.Contains(rows, r => r.Grid is null);
        Assert.Contains(rows, r => r.Grid is not null);
        var expected = rows.OrderBy(r => r.Grid is null).ThenByDescending(r => r.Grid, StringComparer.Ordinal)
            .ThenBy(r => r.Id).Select(r => r.Id).ToList();

        var all = await ReadAllAsync("teams", "order: [{ grid: { code: DESC } }]", pageSize: 3, "id");

        Assert.Equal(expected, all.Select(RowId));
    }

    [Fact]
    public async Task Enums_sort_in_declaration_order_and_booleans_false_first()
    {
        var people = await factory.WithDbAsync(db => db.People.Select(p => new { p.Id, p.Kind, p.Name }).ToListAsync());
        var byKind = people.OrderByDescending(p => (int)p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Id).Select(p => p.Id).ToList();
        var tips = await factory.WithDbAsync(db => db.Tips.Select(t => new { t.Id, t.Useful }).ToListAsync());
        var byUseful = tips.OrderBy(t => t.Useful).ThenBy(t => t.Id).Select(t => t.Id).ToList();

        Assert.Equal(byKind, (await ReadAllAsync("personnel", "order: [{ kind: DESC }, { name: ASC }]", pageSize: 9,
            "id")).Select(RowId));
        Assert.Equal(byUseful,
            (await ReadAllAsync("tips", "order: [{ useful: ASC }]", pageSize: 50, "id")).Select(RowId));
    }

    [Fact]
    public async Task Paging_backwards_gives_the_same_rows_as_forwards()
    {
        const string arguments = "where: { households: { gte: 350 } }, order: [{ residentCount: ASC }]";
        var forwards = await ReadAllAsync("grids", arguments, pageSize: 4, "id");

        var backwards = await ReadAllBackwardsAsync("grids", arguments, pageSize: 4, "id");

        Assert.Equal(forwards.Select(n => n["id"]!.GetValue<string>()),
            backwards.Select(n => n["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Rows_inserted_while_paging_neither_repeat_nor_push_out_rows_already_there()
    {
        await using var county = new GatewayApiFactory();
        var client = county.CreateGraphQLClient();
        const string query =
            "query($after: String) { grids(first: 5, after: $after, order: [{ households: ASC }]) { " +
            "nodes { id households } pageInfo { hasNextPage endCursor } } }";
        var before = await county.WithDbAsync(db =>
            db.Grids.OrderBy(g => g.Households).ThenBy(g => g.Id).Select(g => g.Id).ToListAsync());

        var inserted = false;
        var pages = await Pages.ForwardAsync("grids", async after =>
        {
            var page = (await client.QueryAsync(query, new { after }))["grids"]!;
            if (!inserted)
            {
                // New grids at both ends of the order and in the middle, between two page reads.
                await county.WithDbAsync(async db =>
                {
                    var template = await db.Grids.FirstAsync();
                    foreach (var households in new[] { 300, 400, 500 })
                        db.Grids.Add(new Grid
                        {
                            Code = $"NEW-{households}", Name = "Inserted while paging",
                            CommunityId = template.CommunityId, Streets = "-", Households = households,
                            Residents = 900, OwnerUnitId = template.OwnerUnitId,
                        });
                    await db.SaveChangesAsync();
                });
                inserted = true;
            }
            return page;
        });
        var seen = pages.SelectMany(Pages.RowsOf).Select(RowId).ToList();

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(before.Except(seen));
    }

    [Fact]
    public async Task Bad_orders_and_foreign_cursors_get_clear_errors()
    {
        var twoFields = await bureau.PostAsync("{ grids(order: [{ households: ASC, code: DESC }]) { totalCount } }");
        Assert.Equal(["BAD_FILTER_ARGUMENT"], twoFields.ErrorCodes);

        var sixKeys = await bureau.PostAsync(
            "{ grids(order: [{ code: ASC }, { name: ASC }, { households: ASC }, { residentCount: ASC }, " +
            "{ streets: ASC }, { boundaryGeoJson: ASC }]) { totalCount } }");
        Assert.Equal(["BAD_FILTER_ARGUMENT"], sixKeys.ErrorCodes);

        var byCode = await bureau.QueryAsync("{ grids(first: 2, order: [{ code: ASC }]) { pageInfo { endCursor } } }");
        var cursor = byCode["grids"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var otherOrder = await bureau.PostAsync(
            "query($after: String) { grids(first: 2, after: $after) { totalCount } }", new { after = cursor });
        Assert.Equal(["BAD_PAGING_ARGUMENT"], otherOrder.ErrorCodes);

        var sensitive = await bureau.PostAsync("{ residents(order: [{ idNumber: ASC }]) { totalCount } }");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, sensitive.Status);

        var emptyRelation = await bureau.PostAsync("{ personnel(order: [{ unit: {} }]) { totalCount } }");
        Assert.Equal(["BAD_FILTER_ARGUMENT"], emptyRelation.ErrorCodes);

        var fourHops = await bureau.PostAsync(
            "{ fieldWork(order: [{ unit: { parent: { parent: { parent: { name: ASC } } } } }]) { totalCount } }");
        Assert.Equal(["BAD_FILTER_ARGUMENT"], fourHops.ErrorCodes);
        Assert.Contains("more than 3 relations", fourHops.ErrorMessages.Single());
    }

    private async Task<List<JsonNode>> ReadAllAsync(string connection, string arguments, int pageSize, string selection)
    {
        var query = $"query($after: String) {{ {connection}(first: {pageSize}, after: $after, {arguments}) " +
            $"{{ nodes {{ {selection} }} pageInfo {{ hasNextPage endCursor }} }} }}";
        var pages = await Pages.ForwardAsync(connection,
            async after => (await bureau.QueryAsync(query, new { after }))[connection]);
        return [.. pages.SelectMany(Pages.RowsOf)];
    }

    /// <summary>
    /// Every row of <paramref name="connection"/>, read from the end with <c>last/before</c>, in the connection's
    /// order.
    /// </summary>
    private async Task<List<JsonNode>> ReadAllBackwardsAsync(string connection, string arguments, int pageSize,
        string selection)
    {
        var query = $"query($before: String) {{ {connection}(last: {pageSize}, before: $before, {arguments}) " +
            $"{{ nodes {{ {selection} }} pageInfo {{ hasPreviousPage startCursor }} }} }}";
        var pages = await Pages.BackwardAsync(connection,
            async before => (await bureau.QueryAsync(query, new { before }))[connection]);
        return [.. pages.AsEnumerable().Reverse().SelectMany(Pages.RowsOf)];
    }

    private static long RowId(JsonNode? node) =>
        Gateway.Api.GraphQL.Mapping.GlobalId.TryDecode(node!["id"]!.GetValue<string>(), out _, out var id)
            ? id
            : throw new InvalidOperationException("Not a global id.");

    private static List<string> Codes(JsonNode connection) =>
        [.. connection["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>())];
}
