using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Grids;

/// <summary>Relations of grids return the rows the foreign keys name, and only those.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class GridRelationTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task A_grid_lies_in_its_office_and_community_and_they_list_it()
    {
        var grids = await client.ReadAllAsync("grids",
            "id office { id grids(first: 100) { nodes { id } } } community { id grids(first: 100) { nodes { id } } }");
        var rows = await factory.WithDbAsync(db =>
            db.Grids.Select(g => new { g.Id, g.OwnerUnitId, g.CommunityId }).ToListAsync());

        Assert.NotEmpty(grids);
        Assert.Equal(rows.OrderBy(r => r.Id).Select(r => GlobalId.Encode("Grid", r.Id)),
            grids.Select(g => g.Str("id")));
        foreach (var grid in grids)
        {
            var row = rows.Single(r => GlobalId.Encode("Grid", r.Id) == grid.Str("id"));
            Assert.Equal(GlobalId.Encode("OrgUnit", row.OwnerUnitId), grid.RefId("office"));
            Assert.Equal(GlobalId.Encode("ExternalOrganisation", row.CommunityId), grid.RefId("community"));
            Assert.Equal(rows.Where(r => r.OwnerUnitId == row.OwnerUnitId).Select(r => GlobalId.Encode("Grid", r.Id)),
                grid["office"]!.Nodes("grids").Select(g => g.Str("id")));
            Assert.Equal(rows.Where(r => r.CommunityId == row.CommunityId).Select(r => GlobalId.Encode("Grid", r.Id)),
                grid["community"]!.Nodes("grids").Select(g => g.Str("id")));
        }
    }

    [Fact]
    public async Task A_grid_children_are_exactly_the_rows_pointing_at_it()
    {
        var grids = await client.ReadAllAsync("grids",
            "id assignments(first: 100) { totalCount nodes { id grid { id } } } " +
            "addresses(first: 100) { totalCount nodes { id grid { id } } } " +
            "teams(first: 100) { totalCount nodes { id grid { id } } } " +
            "cameraPoints(first: 100) { totalCount nodes { id grid { id } } }",
            pageSize: 20);
        var rows = await factory.WithDbAsync(async db => new
        {
            Assignments = await db.Assignments.Where(a => a.GridId != null)
                .Select(a => new { a.Id, GridId = a.GridId!.Value }).ToListAsync(),
            Addresses = await db.StandardAddresses.Select(a => new { a.Id, a.GridId }).ToListAsync(),
            Teams = await db.MassParticipationTeams.Where(t => t.GridId != null)
                .Select(t => new { t.Id, GridId = t.GridId!.Value }).ToListAsync(),
            Cameras = await db.CameraPoints.Where(c => c.GridId != null)
                .Select(c => new { c.Id, GridId = c.GridId!.Value }).ToListAsync(),
        });

        Assert.NotEmpty(grids);
        Assert.Contains(grids, g => g.Nodes("assignments").Count > 0);
        Assert.Contains(grids, g => g.Nodes("addresses").Count > 0);
        foreach (var grid in grids)
        {
            var gridId = JsonExtensions.RowId(grid.Str("id"), "Grid");
            Check("assignments", "Assignment", rows.Assignments.Where(r => r.GridId == gridId).Select(r => r.Id));
            Check("addresses", "StandardAddress", rows.Addresses.Where(r => r.GridId == gridId).Select(r => r.Id));
            Check("teams", "MassParticipationTeam", rows.Teams.Where(r => r.GridId == gridId).Select(r => r.Id));
            Check("cameraPoints", "CameraPoint", rows.Cameras.Where(r => r.GridId == gridId).Select(r => r.Id));

            void Check(string field, string type, IEnumerable<long> expected)
            {
                var children = grid.Nodes(field);
                // A grid holds hundreds of addresses: the first page of them, and their count.
                Assert.Equal(expected.Count(), grid[field]!["totalCount"]!.GetValue<int>());
                Assert.Equal(expected.Order().Take(100).Select(id => GlobalId.Encode(type, id)),
                    children.Select(c => c.Str("id")));
                Assert.All(children, c => Assert.Equal(grid.Str("id"), c.RefId("grid")));
            }
        }
    }
}
