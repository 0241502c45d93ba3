using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Grids;
using Gateway.Api.Informants;
using Gateway.Api.Mediation;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Check 22 on rows that point across tenants on purpose (<see cref="CrossLinks"/>): the owner sees its row with the
/// foreign end as null, never the other tenant's data, except the person its own posting names, read with nothing else
/// of theirs; the other tenant does not see the row at all, by id, in lists, in back-relations or in counts; the unit
/// above both sees both ends.
/// </summary>
[Collection(IsolationScenariosCollection.Name)]
public sealed class CrossLinkedRowTests(IsolationWorld world)
{
    private const string ByIds = """
        query($a: ID!, $t: ID!, $m: ID!) {
          a: node(id: $a) { ... on Assignment { id unit { id } } }
          t: node(id: $t) { ... on Tip { id receivedBy { id name } informant { id } } }
          m: node(id: $m) { ... on MediationCase { id grid { id code } } }
        }
        """;

    private CrossLinks Links => world.Links;

    private object CrossLinkedIds => new
    {
        a = GlobalId.Encode("Assignment", Links.NanjingAssignment),
        t = GlobalId.Encode("Tip", Links.NanjingTip),
        m = GlobalId.Encode("MediationCase", Links.NanjingCase),
    };

    [Fact]
    public async Task The_owner_reads_its_row_with_the_foreign_end_as_null_and_nothing_of_the_other_tenant()
    {
        var response = await world.Client("demo-nanjing").PostAsync(ByIds, CrossLinkedIds);
        response.AssertSuccess();
        var data = response.Data!;

        Assert.Equal(GlobalId.Encode("Assignment", Links.NanjingAssignment), data["a"]!.Str("id"));
        Assert.Equal(GlobalId.Encode("OrgUnit", Links.Nanjing), data["a"]!.RefId("unit"));
        Assert.Null(data["t"]!["receivedBy"]);
        Assert.Equal(GlobalId.Encode("Informant", Links.NanjingInformant), data["t"]!.RefId("informant"));
        Assert.Null(data["m"]!["grid"]);
        await AssertNothingOfLongxiangInAsync(response.Body);
    }

    [Fact]
    public async Task The_owner_lists_its_rows_with_the_foreign_end_as_null_and_counts_them()
    {
        var client = world.Client("demo-nanjing");
        var principal = world.Principal("demo-nanjing");

        var assignments = await client.ReadAllAsync("assignments", "id person { id }");
        var tips = await client.ReadAllAsync("tips", "id receivedBy { id name }");
        var cases = await client.ReadAllAsync("mediationCases", "id grid { id code }");

        Assert.Equal(GlobalId.Encode("Person", Links.PostedPerson),
            Single(assignments, "Assignment", Links.NanjingAssignment).RefId("person"));
        Assert.Null(Single(tips, "Tip", Links.NanjingTip)["receivedBy"]);
        Assert.Null(Single(cases, "MediationCase", Links.NanjingCase)["grid"]);
        Assert.Equal(await InScopeAsync<Assignment>(principal), await TotalCountAsync(client, "assignments"));
        Assert.Equal(await InScopeAsync<Tip>(principal), await TotalCountAsync(client, "tips"));
        Assert.Equal(await InScopeAsync<MediationCase>(principal), await TotalCountAsync(client, "mediationCases"));
        await AssertNothingOfLongxiangInAsync(
            string.Join("\n", assignments.Concat(tips).Concat(cases).Select(n => n.ToJsonString())));
    }

    [Fact]
    public async Task The_other_tenant_sees_none_of_the_rows_by_id_in_lists_in_back_relations_or_in_counts()
    {
        var client = world.Client("demo-longxiang");
        var principal = world.Principal("demo-longxiang");

        var byId = await client.PostAsync(ByIds, CrossLinkedIds);
        Assert.True(byId.Data is JsonObject d && d["a"] is null && d["t"] is null && d["m"] is null, byId.Body);
        Assert.Equal(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"], byId.ErrorCodes);

        var assignments = await client.ReadAllAsync("assignments", "id");
        var tips = await client.ReadAllAsync("tips", "id");
        var cases = await client.ReadAllAsync("mediationCases", "id");
        Assert.DoesNotContain(GlobalId.Encode("Assignment", Links.NanjingAssignment),
            assignments.Select(n => n.Str("id")));
        Assert.DoesNotContain(GlobalId.Encode("Tip", Links.NanjingTip), tips.Select(n => n.Str("id")));
        Assert.DoesNotContain(GlobalId.Encode("MediationCase", Links.NanjingCase), cases.Select(n => n.Str("id")));
        Assert.Equal(await InScopeAsync<Assignment>(principal), await TotalCountAsync(client, "assignments"));
        Assert.Equal(await InScopeAsync<Tip>(principal), await TotalCountAsync(client, "tips"));
        Assert.Equal(await InScopeAsync<MediationCase>(principal), await TotalCountAsync(client, "mediationCases"));

        // The Longxiang ends of the links: their back-relations must not lead to Nanjing's rows.
        var ends = await client.QueryAsync(
            "query($p: ID!, $g: ID!) { p: node(id: $p) { ... on Person { id assignments(first: 100) { nodes { " +
            "id } } } } g: node(id: $g) { ... on Grid { id mediationCases(first: 100) { nodes { id } } } } }",
            new { p = GlobalId.Encode("Person", Links.PostedPerson),
                g = GlobalId.Encode("Grid", Links.LongxiangGrid) });
        Assert.DoesNotContain(GlobalId.Encode("Assignment", Links.NanjingAssignment),
            ends["p"]!.Nodes("assignments").Select(n => n.Str("id")));
        Assert.DoesNotContain(GlobalId.Encode("MediationCase", Links.NanjingCase),
            ends["g"]!.Nodes("mediationCases").Select(n => n.Str("id")));
    }

    [Fact]
    public async Task A_grids_lineage_shows_the_owner_its_row_without_the_foreign_grid_and_the_other_tenant_nothing()
    {
        const string Succession = """
            query($id: ID!) {
              s: node(id: $id) { ... on GridSuccession { id kind successor { id } predecessor { id } } }
            }
            """;
        var id = GlobalId.Encode("GridSuccession", Links.NanjingSuccession);

        var owner = await world.Client("demo-nanjing").PostAsync(Succession, new { id });
        var other = await world.Client("demo-longxiang").PostAsync(Succession, new { id });
        var successorEnd = await world.Client("demo-longxiang").QueryAsync(
            "query($g: ID!) { g: node(id: $g) { ... on Grid { id predecessors(first: 100) { totalCount } } } }",
            new { g = GlobalId.Encode("Grid", Links.LongxiangGrid) });

        Assert.Equal(id, owner.Data!["s"]!.Str("id"));
        Assert.Null(owner.Data!["s"]!["successor"]);
        Assert.NotNull(owner.Data!["s"]!["predecessor"]);
        await AssertNothingOfLongxiangInAsync(owner.Body);
        Assert.Null(other.Data!["s"]);
        Assert.Equal(["NOT_FOUND"], other.ErrorCodes);
        Assert.Equal(0, successorEnd["g"]!["predecessors"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_unit_above_both_sees_both_ends_but_not_the_bureau_above_itself()
    {
        var station = world.Client("demo-station");

        var data = await station.QueryAsync(ByIds, CrossLinkedIds);
        Assert.Equal(GlobalId.Encode("Person", Links.LongxiangPerson), data["t"]!.RefId("receivedBy"));
        Assert.Equal(GlobalId.Encode("Grid", Links.LongxiangGrid), data["m"]!.RefId("grid"));

        var upward = await station.QueryAsync(
            "query($w: ID!) { w: node(id: $w) { ... on FieldWorkEvent { id person { id name } } } }",
            new { w = GlobalId.Encode("FieldWorkEvent", Links.StationFieldWork) });
        Assert.NotNull(upward["w"]);
        Assert.Null(upward["w"]!["person"]);
        var bureau = await world.Client("demo-bureau")
            .QueryAsync("query($w: ID!) { w: node(id: $w) { ... on FieldWorkEvent { person { id } } } }",
            new { w = GlobalId.Encode("FieldWorkEvent", Links.StationFieldWork) });
        Assert.Equal(GlobalId.Encode("Person", Links.BureauPerson), bureau["w"]!.RefId("person"));
    }

    [Fact]
    public async Task The_owner_reads_the_person_its_posting_names_but_not_their_unit_nor_their_other_postings()
    {
        var data = await world.Client("demo-nanjing").QueryAsync(
            "query($a: ID!) { a: node(id: $a) { ... on Assignment { person { id name unit { id } " +
            "assignments(first: 100) { totalCount nodes { id } } } } } }",
            new { a = GlobalId.Encode("Assignment", Links.NanjingAssignment) });

        var person = data["a"]!["person"]!;
        var stored = (Person)(await world.RowsAsync(typeof(Person)))[Links.PostedPerson];
        Assert.Equal((GlobalId.Encode("Person", Links.PostedPerson), stored.Name),
            (person.Str("id"), person.Str("name")));
        Assert.Null(person["unit"]);
        Assert.Equal([GlobalId.Encode("Assignment", Links.NanjingAssignment)],
            person.Nodes("assignments").Select(n => n.Str("id")));
        Assert.Equal(1, person["assignments"]!["totalCount"]!.GetValue<int>());
    }

    private static JsonNode Single(List<JsonNode> rows, string type, long id) =>
        Assert.Single(rows, n => n.Str("id") == GlobalId.Encode(type, id));

    [Fact]
    public async Task Sorting_through_the_foreign_end_treats_it_as_missing_and_no_cursor_carries_its_value()
    {
        var client = world.Client("demo-nanjing");

        var byPerson = (await client.QueryAsync(
            "{ tips(first: 100, order: [{ receivedBy: { name: DESC } }]) { edges { cursor node { " +
            "id } } } }"))["tips"]!.Items("edges");
        var byGrid = (await client.QueryAsync(
            "{ mediationCases(last: 100, order: [{ grid: { code: ASC } }]) { edges { cursor node { " +
            "id } } } }"))["mediationCases"]!.Items("edges");

        // Rows without a value come last, in either direction.
        Assert.Equal(GlobalId.Encode("Tip", Links.NanjingTip), byPerson[^1]["node"]!.Str("id"));
        Assert.Equal(GlobalId.Encode("MediationCase", Links.NanjingCase), byGrid[^1]["node"]!.Str("id"));
        var cursors = byPerson.Concat(byGrid).Select(e =>
            System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(e.Str("cursor"))));
        await AssertNothingOfLongxiangInAsync(string.Join("\n", cursors));
    }

    private static async Task<int> TotalCountAsync(GraphQLClient client, string connection) =>
        (await client.QueryAsync($"{{ {connection} {{ totalCount }} }}"))[connection]!["totalCount"]!.GetValue<int>();

    private async Task<int> InScopeAsync<T>(Principal principal) where T : Entity =>
        (await world.RowsAsync(typeof(T))).Values.Count(r => world.Sees(principal, r));

    /// <summary>The Longxiang ends of the links appear nowhere in <paramref name="text"/>: not their ids, names or
    /// codes.</summary>
    private async Task AssertNothingOfLongxiangInAsync(string text)
    {
        var person = (Person)(await world.RowsAsync(typeof(Person)))[Links.LongxiangPerson];
        var grid = (Grid)(await world.RowsAsync(typeof(Grid)))[Links.LongxiangGrid];
        Assert.DoesNotContain(GlobalId.Encode("Person", person.Id), text, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(GlobalId.Encode("Grid", grid.Id), text, StringComparison.Ordinal);
        Assert.DoesNotContain(grid.Code, text, StringComparison.Ordinal);
    }
}
