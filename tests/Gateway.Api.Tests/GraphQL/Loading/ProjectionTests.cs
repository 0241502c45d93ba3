using System.Text.RegularExpressions;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Loading;

/// <summary>
/// SQL reads the columns a query selects (through fragments and relations), the id, and nothing else.
/// </summary>
[Collection(QueryCostCollection.Name)]
public sealed partial class ProjectionTests(GatewayApiFactory county)
{
    private static readonly string[] PersonColumns =
        ["Id", "Kind", "Name", "BadgeNumber", "Phone", "IdNumber", "SuppliedById", "OwnerUnitId", "OwnerPath"];

    [Fact]
    public async Task A_connection_page_selects_only_the_selected_columns()
    {
        var columns = await SelectedColumnsAsync("{ personnel(first: 5) { nodes { name } } }", "People");

        Assert.Equal(["Id", "Name"], columns.Intersect(PersonColumns).Order());
    }

    [Fact]
    public async Task Fragments_on_edges_and_nodes_add_their_columns()
    {
        var columns = await SelectedColumnsAsync("""
            query {
                personnel(first: 5) {
                    edges { node { ...Badge } } ... on PersonConnection { nodes { ... on Person { kind } } }
                }
            }
            fragment Badge on Person { badgeNumber }
            """, "People");

        Assert.Equal(["BadgeNumber", "Id", "Kind"], columns.Intersect(PersonColumns).Order());
    }

    [Fact]
    public async Task A_batched_relation_reads_its_key_on_one_side_and_the_selected_columns_on_the_other()
    {
        var id = await FirstPersonIdAsync();
        var query = $$"""{ node(id: "{{id}}") { ... on Person { unit { name } } } }""";

        var people = await SelectedColumnsAsync(query, "People");
        var units = await SelectedColumnsAsync(query, "OrgUnits");

        Assert.Equal(["Id", "OwnerUnitId"], people.Intersect(PersonColumns).Order());
        Assert.Equal(["Id", "Name"], units.Order());
    }

    [Fact]
    public async Task A_joined_relation_reads_the_selected_columns_in_the_page_query()
    {
        var client = county.CreateGraphQLClient();
        const string Query = "{ personnel(first: 5) { nodes { name unit { name } } } }";
        await client.QueryAsync(Query);

        county.SqlCommands.Reset();
        var data = await client.QueryAsync(Query);

        var page = Assert.Single(county.SqlCommands.Commands);
        Assert.Equal(["Id", "Name"], UnitSubquery().Matches(page).Select(m => m.Groups[1].Value).Distinct().Order());
        Assert.All(data["personnel"]!.Items("nodes"), n => Assert.False(string.IsNullOrEmpty(n["unit"]!.Str("name"))));
    }

    [Fact]
    public async Task A_node_reads_what_its_fragment_on_the_concrete_type_selects()
    {
        var id = await FirstPersonIdAsync();

        var columns = await SelectedColumnsAsync(
            $$"""{ node(id: "{{id}}") { id ... on Person { kind } ... on OrgUnit { name } } }""", "People");

        Assert.Equal(["Id", "Kind"], columns.Intersect(PersonColumns).Order());
    }

    [Fact]
    public async Task Projected_rows_serve_the_same_values_as_whole_rows()
    {
        var client = county.CreateGraphQLClient();
        var served = (await client.QueryAsync(
            "{ personnel(first: 20, order: [{ name: ASC }]) { nodes { id name phone } } " +
            "addresses(first: 20) { nodes { id text } } }"));

        await county.WithDbAsync(async db =>
        {
            foreach (var node in served["personnel"]!["nodes"]!.AsArray())
            {
                GlobalId.TryDecode(node!["id"]!.GetValue<string>(), out _, out var id);
                var person = await db.People.SingleAsync(p => p.Id == id);
                Assert.Equal(person.Name, node["name"]!.GetValue<string>());
                // the bureau's client may read personal data, so the decrypted value
                Assert.Equal(person.Phone, node["phone"]?.GetValue<string>());
            }
            foreach (var node in served["addresses"]!["nodes"]!.AsArray())
            {
                GlobalId.TryDecode(node!["id"]!.GetValue<string>(), out _, out var id);
                Assert.Equal((await db.StandardAddresses.SingleAsync(a => a.Id == id)).ToText(),
                    node["text"]!.GetValue<string>());
            }
        });
    }

    [Fact]
    public void Every_field_of_every_entity_type_declares_the_columns_it_reads()
    {
        var schema = county.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var unknown = (
            from type in schema.AllTypes.OfType<IComplexGraphType>()
            where type is IEntityGraphType
            let map = EntityFieldMap.For(type.GetType())
            from field in type.Fields
            where !map.Reads.TryGetValue(field.Name, out var reads) || reads is null
            select $"{type.Name}.{field.Name}").ToList();

        Assert.True(unknown.Count == 0,
            "These fields read whole rows; name them after a property or declare ReadsColumns: " +
            string.Join(", ", unknown));
    }

    /// <summary>
    /// The columns the first SQL command reading <paramref name="table"/> selects for <paramref name="query"/>.
    /// </summary>
    private async Task<List<string>> SelectedColumnsAsync(string query, string table)
    {
        var client = county.CreateGraphQLClient();
        await client.QueryAsync(query);
        county.SqlCommands.Reset();
        await client.QueryAsync(query);
        var command = county.SqlCommands.Commands.First(c => c.Contains($"FROM \"{table}\""));
        var select = command[..command.IndexOf($"FROM \"{table}\"", StringComparison.Ordinal)];
        return [.. ColumnName().Matches(select).Select(m => m.Groups[1].Value).Distinct()];
    }

    private async Task<string> FirstPersonIdAsync() =>
        (await county.CreateGraphQLClient().QueryAsync("{ personnel(first: 1) { nodes { id } } }"))
            ["personnel"]!["nodes"]![0]!["id"]!.GetValue<string>();

    [GeneratedRegex("SELECT \"?\\w+\"?\\.\"(\\w+)\"\\s+FROM \"OrgUnits\"")]
    private static partial Regex UnitSubquery();

    [GeneratedRegex("\"?\\w+\"?\\.\"(\\w+)\"")]
    private static partial Regex ColumnName();
}
