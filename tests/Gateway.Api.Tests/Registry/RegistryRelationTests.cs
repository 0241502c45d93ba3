using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

using Gateway.Api.GraphQL.Mapping;

namespace Gateway.Api.Tests.Registry;

/// <summary>
/// Residents and houses lie in the grid and at the address their rows name, and serve their stored values.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class RegistryRelationTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task A_resident_lies_in_its_grid_at_its_address_and_reads_its_own_ID_number()
    {
        var data = await client.QueryAsync(
            "{ residents(first: 30) { nodes { id name idNumber grid { id } address { id grid { id } } " +
            "office { id } } } }");
        var stored = await factory.WithDbAsync(db => db.Residents.OrderBy(r => r.Id).Take(30)
            .Select(r => new { r.Id, r.Name, r.IdNumber, r.GridId, r.AddressId, r.OwnerUnitId }).ToListAsync());

        var residents = data.Nodes("residents");
        Assert.Equal(30, residents.Count);
        Assert.Contains(stored, r => r.AddressId is not null);
        foreach (var (node, row) in residents.Zip(stored))
        {
            Assert.Equal(GlobalId.Encode("Resident", row.Id), node.Str("id"));
            Assert.Equal(row.Name, node.Str("name"));
            // The caller holds pii.read: the number whole, an 18-character resident identity number.
            Assert.Equal(row.IdNumber, node.Str("idNumber"));
            Assert.Equal(18, row.IdNumber.Length);
            Assert.Equal(GlobalId.Encode("Grid", row.GridId), node.RefId("grid"));
            Assert.Equal(row.AddressId is { } address ? GlobalId.Encode("StandardAddress", address) : null,
                node.RefId("address"));
            if (node["address"] is { } at) Assert.Equal(node.RefId("grid"), at.RefId("grid"));
            Assert.Equal(GlobalId.Encode("OrgUnit", row.OwnerUnitId), node.RefId("office"));
        }
    }

    [Fact]
    public async Task A_grids_residents_and_houses_are_exactly_the_rows_pointing_at_it()
    {
        var stored = await factory.WithDbAsync(async db => (
            Residents: await db.Residents.Select(r => new { r.Id, r.GridId }).ToListAsync(),
            Houses: await db.Houses.Select(h => new { h.Id, h.GridId, h.Rooms }).ToListAsync()));
        var gridId = stored.Houses.GroupBy(h => h.GridId).OrderBy(g => g.Count()).First().Key;

        var grid = (await client.QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Grid { residents(first: 100) { totalCount nodes { id } } " +
            "houses(first: 100) { totalCount nodes { id rooms grid { id } } } } } }",
            new { id = GlobalId.Encode("Grid", gridId) }))["node"]!;

        var allHouses = stored.Houses.Where(h => h.GridId == gridId).OrderBy(h => h.Id).ToList();
        var houses = allHouses.Take(100).ToList();
        var residents = stored.Residents.Where(r => r.GridId == gridId).OrderBy(r => r.Id).ToList();
        Assert.True(allHouses.Count > 100, "Even the grid with the fewest houses fills a page.");
        Assert.Equal(allHouses.Count, grid["houses"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(residents.Count, grid["residents"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(residents.Take(100).Select(r => GlobalId.Encode("Resident", r.Id)),
            grid.Nodes("residents").Select(n => n.Str("id")));
        Assert.Equal(houses.Select(h => GlobalId.Encode("House", h.Id)), grid.Nodes("houses").Select(n => n.Str("id")));
        Assert.Equal(houses.Select(h => h.Rooms), grid.Nodes("houses").Select(n => n["rooms"]!.GetValue<int>()));
        Assert.All(grid.Nodes("houses"), n => Assert.Equal(GlobalId.Encode("Grid", gridId), n.RefId("grid")));
    }
}
