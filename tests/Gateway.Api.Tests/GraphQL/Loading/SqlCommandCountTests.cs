using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.GraphQL.Loading;

/// <summary>
/// No N+1: a request costs a fixed number of SQL commands (one per connection page and one per relation and level),
/// whatever the number of rows.
/// </summary>
[Collection(QueryCostCollection.Name)]
public sealed class SqlCommandCountTests(GatewayApiFactory factory)
{
    private const string OfficesToPeople =
        "{ offices(first: 10) { nodes { code grids(first: 10) { nodes { code " +
        "assignments(first: 10) { nodes { person { name } } } } } } } }";

    [Fact]
    public async Task Offices_grids_assignments_people_cost_three_commands_however_many_rows_there_are()
    {
        // Its own app: this test adds rows, which the other tests must not see.
        await using var app = new GatewayApiFactory();
        var client = app.CreateGraphQLClient();
        await app.WithDbAsync(db => AddStaffedOfficeAsync(db, "cost-a", grids: 1, workersPerGrid: 1));

        var (before, smallCost) = await MeasureAsync(app, client, OfficesToPeople);
        var smallRows = PeopleReached(before);

        await app.WithDbAsync(async db =>
        {
            await AddStaffedOfficeAsync(db, "cost-b", grids: 4, workersPerGrid: 3);
            await AddStaffedOfficeAsync(db, "cost-c", grids: 6, workersPerGrid: 5);
        });
        var (after, largeCost) = await MeasureAsync(app, client, OfficesToPeople);
        var largeRows = PeopleReached(after);

        Assert.Equal(smallRows + 4 * 3 + 6 * 5, largeRows);
        // 1 offices page + 1 grids pages + 1 assignments pages, which read each assignment's person with it; no COUNT
        // since totalCount is not selected.
        Assert.True(smallCost == 3, Describe(app, smallCost));
        Assert.True(largeCost == 3, Describe(app, largeCost));
    }

    [Fact]
    public async Task Selecting_totalCount_costs_exactly_one_more_command()
    {
        var client = factory.CreateGraphQLClient();

        var (_, without) = await MeasureAsync(factory, client, OfficesToPeople);
        var (data, with) = await MeasureAsync(factory, client,
            OfficesToPeople.Replace("{ nodes { code grids", "{ totalCount nodes { code grids"));

        Assert.Equal(4, data["offices"]!["totalCount"]!.GetValue<int>());
        Assert.True(with == without + 1, $"{without} commands without totalCount; " + Describe(factory, with));
    }

    [Fact]
    public async Task A_page_costs_one_command_and_one_more_to_look_behind_a_cursor()
    {
        var client = factory.CreateGraphQLClient();

        var (firstPage, fromStart) = await MeasureAsync(factory, client,
            "{ personnel(first: 5) { nodes { name } pageInfo { hasPreviousPage endCursor } } }");
        var cursor = firstPage["personnel"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var (secondPage, fromCursor) = await MeasureAsync(factory, client,
            $"{{ personnel(first: 5, after: \"{cursor}\") {{ nodes {{ name }} pageInfo {{ hasPreviousPage }} }} }}");

        Assert.Equal(5, secondPage["personnel"]!["nodes"]!.AsArray().Count);
        Assert.True(secondPage["personnel"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(fromStart == 1, Describe(factory, fromStart));
        Assert.True(fromCursor == 2, Describe(factory, fromCursor));
    }

    [Fact]
    public async Task Nodes_costs_one_command_per_type_asked_for()
    {
        var client = factory.CreateGraphQLClient();
        var (people, units) = await factory.WithDbAsync(async db =>
            (await db.People.OrderBy(p => p.Id).Select(p => p.Id).Take(30).ToListAsync(),
                await db.OrgUnits.Select(u => u.Id).ToListAsync()));
        Assert.True(people.Count == 30 && units.Count > 1,
            "The seed should hold at least 30 people and several org units.");
        var ids = people.Select(id => GlobalId.Encode("Person", id))
            .Concat(units.Select(id => GlobalId.Encode("OrgUnit", id))).ToArray();

        factory.SqlCommands.Reset();
        var data = await client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        var cost = factory.SqlCommands.Count;

        Assert.Equal(ids, data["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.True(cost == 2, Describe(factory, cost));
    }

    [Fact]
    public async Task A_page_reads_the_to_one_relations_it_selects_in_its_own_command()
    {
        var client = factory.CreateGraphQLClient();

        var (data, cost) = await MeasureAsync(factory, client,
            "{ assignments(first: 100) { nodes { person { name } unit { code } } } }");

        Assert.True(data["assignments"]!["nodes"]!.AsArray().Count > 20,
            "The seed should hold more than 20 assignments.");
        // The page, each assignment's person and unit read by subqueries of the same SQL.
        Assert.True(cost == 1, Describe(factory, cost));
        Assert.All(data["assignments"]!["nodes"]!.AsArray(),
            a => Assert.False(string.IsNullOrEmpty(a!["unit"]!["code"]!.GetValue<string>())));
    }

    private static async Task<(JsonNode Data, int Commands)> MeasureAsync(GatewayApiFactory app, GraphQLClient client,
        string query)
    {
        app.SqlCommands.Reset();
        var data = await client.QueryAsync(query);
        return (data, app.SqlCommands.Count);
    }

    private static int PeopleReached(JsonNode data) =>
        data["offices"]!["nodes"]!.AsArray()
            .SelectMany(o => o!["grids"]!["nodes"]!.AsArray())
            .SelectMany(g => g!["assignments"]!["nodes"]!.AsArray())
            .Count(a => !string.IsNullOrEmpty(a!["person"]!["name"]!.GetValue<string>()));

    private static string Describe(GatewayApiFactory app, int count) =>
        $"{count} SQL commands:\n" + string.Join("\n---\n", app.SqlCommands.Commands);

    /// <summary>
    /// Adds a community office with its own community, <paramref name="grids"/> grids and that many grid workers posted
    /// to each.
    /// </summary>
    private static async Task AddStaffedOfficeAsync(GatewayDbContext db, string code, int grids, int workersPerGrid)
    {
        var community = new ExternalOrganisation
        {
            Kind = ExternalOrganisationKind.Community, Name = $"Community {code}", NameZh = $"社区 {code}",
        };
        var station = await db.OrgUnits.SingleAsync(u => u.Code == "xunchang");
        var office = new OrgUnit
        {
            Code = code, Name = $"Office {code}", NameZh = $"警务室 {code}", Kind = OrgUnitKind.CommunityOffice,
            Parent = station, Path = station.Path, HostCommunity = community,
        };
        db.AddRange(community, office);
        await db.SaveChangesAsync();
        office.Path = $"{station.Path}{office.Id}/";
        for (var g = 0; g < grids; g++)
        {
            var grid = new Grid
            {
                Code = $"{code}-G{g}", Name = $"Grid {g} of {code}", Community = community, Streets = "Test street",
                Households = 400, Residents = 1000, OwnerUnit = office,
            };
            db.Add(grid);
            for (var w = 0; w < workersPerGrid; w++)
            {
                var person = new Person
                {
                    Kind = PersonKind.GridWorker, Name = $"Worker {code}-{g}-{w}", OwnerUnit = office,
                };
                db.AddRange(person, new Assignment
                {
                    Person = person, Unit = office, Grid = grid, Role = AssignmentRole.GridWorker,
                    From = new DateOnly(2017, 1, 1), OwnerUnit = office,
                });
            }
        }
        await db.SaveChangesAsync();
    }
}
