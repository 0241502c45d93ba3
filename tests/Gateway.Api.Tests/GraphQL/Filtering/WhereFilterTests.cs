using System.Net;
using Gateway.Api.FieldWork;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.GraphQL.Filtering;

/// <summary>
/// The generated <c>where</c> argument: each operator kind against the same rows counted in the database, nesting
/// through relations, and the rules that a filter never widens the caller's scope nor reads what the caller may not.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class WhereFilterTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient bureau = factory.CreateGraphQLClient();

    [Fact]
    public async Task Enum_equality_and_membership()
    {
        Assert.Equal(70, await CountAsync(bureau, "units", "{ category: { eq: HOTEL } }"));
        Assert.Equal(70 + 20, await CountAsync(bureau, "units", "{ category: { in: [HOTEL, KTV] } }"));
        Assert.Equal(324 - 70, await CountAsync(bureau, "units", "{ category: { neq: HOTEL } }"));
        Assert.Equal(324 - 70 - 20, await CountAsync(bureau, "units", "{ category: { nin: [HOTEL, KTV] } }"));
    }

    [Fact]
    public async Task Comparisons_on_numbers_dates_instants_and_money()
    {
        var (households, fieldWork, assignments, rewards) = await factory.WithDbAsync(async db => (
            await db.Grids.CountAsync(g => g.Households >= 450),
            await db.FieldWorkEvents.CountAsync(e =>
                e.OccurredAt >= new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc)
                && e.Kind == FieldWorkKind.VehicleCheck),
            await db.Assignments.CountAsync(a => a.From < new DateOnly(2020, 1, 1)),
            await db.Rewards.CountAsync(r =>
                db.RewardEntries.Any(e => e.RewardId == r.Id && e.Amount > 300m && e.Amount <= 450m))));

        Assert.Equal(households, await CountAsync(bureau, "grids", "{ households: { gte: 450 } }"));
        Assert.Equal(fieldWork, await CountAsync(bureau, "fieldWork",
            """{ occurredAt: { gte: "2026-10-01T00:00:00Z" }, kind: { eq: VEHICLE_CHECK } }"""));
        Assert.Equal(assignments, await CountAsync(bureau, "assignments", """{ from: { lt: "2020-01-01" } }"""));
        Assert.Equal(rewards, await CountAsync(bureau, "rewards",
            "{ entries: { some: { amount: { gt: 300, lte: 450 } } } }"));
        Assert.True(households > 0 && fieldWork > 0 && assignments > 0 && rewards > 0,
            "The seed should make every comparison select something.");
    }

    [Fact]
    public async Task Text_matching_and_nulls()
    {
        var (startsWithZhang, withBadge, current) = await factory.WithDbAsync(async db => (
            await db.People.CountAsync(p => p.Name.StartsWith("张")),
            await db.People.CountAsync(p => p.BadgeNumber != null),
            await db.Assignments.CountAsync(a => a.To == null)));

        Assert.Equal(startsWithZhang, await CountAsync(bureau, "personnel", """{ name: { startsWith: "张" } }"""));
        Assert.Equal(withBadge, await CountAsync(bureau, "personnel", "{ badgeNumber: { isNull: false } }"));
        Assert.Equal(current, await CountAsync(bureau, "assignments", "{ to: { isNull: true } }"));
        Assert.Equal(4, await CountAsync(bureau, "offices", """{ name: { contains: "community police" } }"""));
        Assert.Equal(0, await CountAsync(bureau, "offices", """{ name: { contains: "%" } }"""));
    }

    [Fact]
    public async Task And_or_not_combine()
    {
        var expected = await factory.WithDbAsync(db => db.People.CountAsync(p =>
            (p.Kind == PersonKind.Police || p.Name.StartsWith("张")) && p.BadgeNumber != null));

        Assert.Equal(expected, await CountAsync(bureau, "personnel",
            """{ or: [{ kind: { eq: POLICE } }, { name: { startsWith: "张" } }], """ +
            """not: { badgeNumber: { isNull: true } } }"""));
        Assert.Equal(0, await CountAsync(bureau, "personnel", "{ or: [] }"));
    }

    [Fact]
    public async Task Through_to_one_and_to_many_relations()
    {
        var (anminBig, usefulTippers, noUseful, allUseful) = await factory.WithDbAsync(async db =>
        {
            var anmin = await db.OrgUnits.Where(u => u.Code == "anmin").Select(u => u.Id).SingleAsync();
            return (
                await db.Grids.CountAsync(g => g.OwnerUnitId == anmin && g.Households >= 450),
                await db.Informants.CountAsync(i => db.Tips.Any(t => t.InformantId == i.Id && t.Useful)),
                await db.Informants.CountAsync(i => !db.Tips.Any(t => t.InformantId == i.Id && t.Useful)),
                await db.Informants.CountAsync(i => !db.Tips.Any(t => t.InformantId == i.Id && !t.Useful)));
        });

        Assert.Equal(anminBig, await CountAsync(bureau, "grids",
            """{ households: { gte: 450 }, office: { code: { eq: "anmin" } } }"""));
        Assert.Equal(usefulTippers,
            await CountAsync(bureau, "informants", "{ tips: { some: { useful: { eq: true } } } }"));
        Assert.Equal(noUseful, await CountAsync(bureau, "informants", "{ tips: { none: { useful: { eq: true } } } }"));
        Assert.Equal(allUseful, await CountAsync(bureau, "informants", "{ tips: { all: { useful: { eq: true } } } }"));
    }

    [Fact]
    public async Task Global_ids_filter_and_ids_of_another_type_match_nothing()
    {
        var grids = await bureau.QueryAsync("{ grids(first: 3) { nodes { id } } }");
        var ids = grids["grids"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

        var found = await bureau.QueryAsync(
            "query($ids: [ID!]) { grids(where: { id: { in: $ids } }) { nodes { id } } }", new { ids });
        Assert.Equal(ids, found["grids"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        var person = Gateway.Api.GraphQL.Mapping.GlobalId.Encode("Person", 1);
        Assert.Equal(0, await CountAsync(bureau, "grids", $$"""{ id: { eq: "{{person}}" } }"""));
    }

    [Fact]
    public async Task A_filter_never_widens_the_scope_and_some_never_counts_foreign_rows()
    {
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");
        // Every grid in the county with more than 300 households: Nanjing still sees only its own.
        var nanjingGrids = await factory.WithDbAsync(db => db.Grids.CountAsync(g => g.OwnerPath.StartsWith("/1/2/5/")));
        Assert.Equal(nanjingGrids, await CountAsync(nanjing, "grids", "{ households: { gt: 0 } }"));
        Assert.Equal(0, await CountAsync(nanjing, "grids", """{ office: { code: { eq: "longxiang" } } }"""));
        Assert.Equal(0, await CountAsync(nanjing, "grids",
            """{ or: [{ office: { code: { eq: "longxiang" } } }, { code: { startsWith: "LX" } }] }"""));
        // The station's rows are above Nanjing: a relation to them matches nothing.
        Assert.Equal(0, await CountAsync(nanjing, "offices", """{ parent: { code: { eq: "xunchang" } } }"""));
    }

    [Fact]
    public async Task Sensitive_columns_are_not_filterable()
    {
        var response = await bureau.PostAsync(
            """{ residents(where: { idNumber: { startsWith: "5115" } }) { totalCount } }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("idNumber", response.Body);
    }

    [Fact]
    public async Task A_field_the_caller_may_not_read_cannot_be_used_in_a_filter()
    {
        var dashboard = factory.CreateGraphQLClient("demo-dashboard");
        var response = await dashboard.PostAsync(
            "{ grids(where: { residents: { some: { registration: { eq: FLOATING } } } }) { totalCount } }");
        Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        Assert.Null(response.Data?["grids"]?.GetValue<object>());
    }

    [Fact]
    public async Task Invalid_filters_get_clear_errors()
    {
        var tooMany = string.Join(",", Enumerable.Range(1, 101).Select(i => $"\"x{i}\""));
        var response = await bureau.PostAsync($$"""{ grids(where: { code: { in: [{{tooMany}}] } }) { totalCount } }""");
        Assert.Equal(["BAD_FILTER_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("at most 100", response.ErrorMessages[0]);

        var wrongType = await bureau.PostAsync("""{ grids(where: { households: { gt: "many" } }) { totalCount } }""");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        wrongType.AssertSpecShapedErrors();

        var deep = "{ households: { gt: 0 } }";
        for (var i = 0; i < 8; i++) deep = $"{{ not: {deep} }}";
        var tooDeep = await bureau.PostAsync($"{{ grids(where: {deep}) {{ totalCount }} }}");
        Assert.Equal(["BAD_FILTER_ARGUMENT"], tooDeep.ErrorCodes);
    }

    [Fact]
    public async Task Paging_applies_to_the_filtered_rows()
    {
        var all = await bureau.ReadAllAsync("units", "id");
        var pages = await Pages.ForwardAsync("units", async after => (await bureau.QueryAsync(
            "query($after: String) { units(first: 9, after: $after, where: { category: { eq: FOOT_MASSAGE } }) " +
            "{ nodes { id category } pageInfo { hasNextPage endCursor } } }", new { after }))["units"]);
        var rows = pages.SelectMany(Pages.RowsOf).ToList();
        Assert.All(rows, n => Assert.Equal("FOOT_MASSAGE", n["category"]!.GetValue<string>()));
        var filtered = rows.Select(n => n["id"]!.GetValue<string>()).ToList();

        Assert.Equal(68, filtered.Count);
        Assert.Equal(filtered.Count, filtered.Distinct().Count());
        Assert.True(all.Count > filtered.Count);
    }

    private static async Task<int> CountAsync(GraphQLClient client, string connection, string where)
    {
        var data = await client.QueryAsync($"{{ {connection}(where: {where}) {{ totalCount }} }}");
        return data[connection]!["totalCount"]!.GetValue<int>();
    }
}
