using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Offices;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Offices;

/// <summary>Relations of offices and the org tree return the rows the foreign keys name, and only those.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class OfficeRelationTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task An_office_grids_and_assignments_point_back_to_the_office()
    {
        var data = await client.QueryAsync("""
            { offices(first: 10) { nodes {
                id code
                grids(first: 20) { nodes { id office { id code } assignments(first: 20) { nodes { grid { id } } } } }
                assignments(first: 50) { nodes { id unit { id code } person { id name } } }
            } } }
            """);
        var offices = data["offices"]!.Items("nodes");
        var expected = await factory.WithDbAsync(async db => new
        {
            Grids = await db.Grids.Select(g => new { g.Id, g.OwnerUnitId }).ToListAsync(),
            Assignments = await db.Assignments.Select(a => new { a.Id, a.UnitId, a.PersonId }).ToListAsync(),
            Names = await db.People.ToDictionaryAsync(p => p.Id, p => p.Name),
            Offices = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice)
                .Select(u => u.Id).ToListAsync(),
        });

        Assert.Equal(expected.Offices.Order().Select(id => GlobalId.Encode("OrgUnit", id)),
            offices.Select(o => o.Str("id")));
        Assert.Contains(offices, o => o.Nodes("grids").Count > 0);
        Assert.Contains(offices, o => o.Nodes("assignments").Count > 0);
        foreach (var office in offices)
        {
            var officeId = JsonExtensions.RowId(office.Str("id"), "OrgUnit");
            var grids = office.Nodes("grids");
            Assert.Equal(
                expected.Grids.Where(g => g.OwnerUnitId == officeId).Select(g => GlobalId.Encode("Grid", g.Id)).Order(),
                grids.Select(g => g.Str("id")).Order());
            foreach (var grid in grids)
            {
                Assert.Equal(office.Str("id"), grid.RefId("office"));
                Assert.Equal(office.Str("code"), grid["office"]!.Str("code"));
                Assert.All(grid.Nodes("assignments"), a => Assert.Equal(grid.Str("id"), a.RefId("grid")));
            }

            var assignments = office.Nodes("assignments");
            var rows = expected.Assignments.Where(a => a.UnitId == officeId).OrderBy(a => a.Id).ToList();
            Assert.Equal(rows.Select(a => GlobalId.Encode("Assignment", a.Id)), assignments.Select(a => a.Str("id")));
            Assert.Equal(rows.Select(a => expected.Names[a.PersonId]),
                assignments.Select(a => a["person"]!.Str("name")));
            Assert.All(assignments, a => Assert.Equal(office.Str("code"), a["unit"]!.Str("code")));
        }
    }

    [Fact]
    public async Task Parent_children_and_merger_relations_of_the_org_tree_agree_with_the_table()
    {
        var units = await client.ReadAllAsync("orgUnits",
            "id kind parent { id } children(first: 20) { nodes { id parent { id } } } mergedInto { id } " +
            "mergedUnits(first: 20) { nodes { id mergedInto { id } } } hostCommunity { id }", pageSize: 20);
        var rows = await factory.WithDbAsync(db => db.OrgUnits
            .Select(u => new { u.Id, u.ParentId, u.MergedIntoId, u.HostCommunityId }).ToListAsync());
        string? Id(string type, long? id) => id is { } v ? GlobalId.Encode(type, v) : null;

        Assert.Equal(rows.Count, units.Count);
        Assert.Contains(units, u => u.Nodes("children").Count > 0);
        foreach (var unit in units)
        {
            var row = rows.Single(r => GlobalId.Encode("OrgUnit", r.Id) == unit.Str("id"));
            Assert.Equal(Id("OrgUnit", row.ParentId), unit.RefId("parent"));
            Assert.Equal(Id("OrgUnit", row.MergedIntoId), unit.RefId("mergedInto"));
            Assert.Equal(Id("ExternalOrganisation", row.HostCommunityId), unit.RefId("hostCommunity"));
            Assert.Equal(rows.Where(r => r.ParentId == row.Id).Select(r => Id("OrgUnit", r.Id)),
                unit.Nodes("children").Select(c => c.Str("id")));
            Assert.Equal(rows.Where(r => r.MergedIntoId == row.Id).Select(r => Id("OrgUnit", r.Id)),
                unit.Nodes("mergedUnits").Select(c => c.Str("id")));
            Assert.All(unit.Nodes("children"), c => Assert.Equal(unit.Str("id"), c.RefId("parent")));
            Assert.All(unit.Nodes("mergedUnits"), m => Assert.Equal(unit.Str("id"), m.RefId("mergedInto")));
        }
    }

    [Fact]
    public async Task Every_community_office_reports_to_a_station()
    {
        var data = await client.QueryAsync("{ offices(first: 100) { nodes { code parent { kind } } } }");

        var offices = data["offices"]!.Items("nodes");
        Assert.NotEmpty(offices);
        Assert.All(offices, o => Assert.Equal("STATION", o["parent"]?.Str("kind")));
    }

    [Fact]
    public async Task A_station_squads_belong_to_the_station_and_their_assignments_to_the_squad()
    {
        var squads = await client.ReadAllAsync("stationSquads",
            "id station { id squads(first: 100) { nodes { id } } } assignments(first: 100) { nodes { squad { id } } }");
        var rows = await factory.WithDbAsync(db =>
            db.StationSquads.Select(s => new { s.Id, s.OwnerUnitId }).ToListAsync());

        Assert.NotEmpty(squads);
        Assert.Equal(rows.Count, squads.Count);
        foreach (var squad in squads)
        {
            var row = rows.Single(r => GlobalId.Encode("StationSquad", r.Id) == squad.Str("id"));
            Assert.Equal(GlobalId.Encode("OrgUnit", row.OwnerUnitId), squad.RefId("station"));
            Assert.Contains(squad.Str("id"), squad["station"]!.Nodes("squads").Select(s => s.Str("id")));
            Assert.All(squad.Nodes("assignments"), a => Assert.Equal(squad.Str("id"), a.RefId("squad")));
        }
    }
}
