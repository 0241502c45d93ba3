using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Personnel;

/// <summary>Relations of people and assignments return the rows the foreign keys name, and only those.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class PersonnelRelationTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task A_person_assignments_are_the_assignments_root_filtered_by_that_person()
    {
        var all = await client.ReadAllAsync("assignments", "id person { id }");
        var busiest = all.GroupBy(a => a.RefId("person")!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).ToList();
        Assert.True(busiest.Count > 0, "The seed should hold assignments.");

        foreach (var person in busiest)
        {
            var node = (await client.QueryAsync(
                "query($id: ID!) { node(id: $id) { ... on Person { id " +
                "assignments(first: 100) { nodes { id person { id } } } } } }",
                new { id = person.Key }))["node"]!;

            Assert.Equal(person.Key, node.Str("id"));
            Assert.Equal(person.Select(a => a.Str("id")), node.Nodes("assignments").Select(a => a.Str("id")));
            Assert.All(node.Nodes("assignments"), a => Assert.Equal(person.Key, a.RefId("person")));
        }
    }

    [Fact]
    public async Task Everyone_assignments_together_are_all_assignments_once()
    {
        var people = await client.ReadAllAsync("personnel",
            "id assignments(first: 100) { nodes { id person { id } } }");
        var assignments = await client.ReadAllAsync("assignments", "id person { id }");

        Assert.NotEmpty(assignments);
        var viaPeople = people.SelectMany(p => p.Nodes("assignments")
            .Select(a => (Person: p.Str("id"), Assignment: a.Str("id"), Back: a.RefId("person")))).ToList();
        Assert.Equal(assignments.Select(a => a.Str("id")).Order(StringComparer.Ordinal),
            viaPeople.Select(a => a.Assignment).Order(StringComparer.Ordinal));
        Assert.All(viaPeople, a => Assert.Equal(a.Person, a.Back));
        Assert.All(assignments, a => Assert.Contains((a.RefId("person")!, a.Str("id"), a.RefId("person")), viaPeople));
    }

    [Fact]
    public async Task An_assignment_references_the_rows_its_foreign_keys_name()
    {
        var assignments = await client.ReadAllAsync("assignments",
            "id person { id } unit { id } grid { id } squad { id } assignedBy { id }");
        var rows = await factory.WithDbAsync(db => db.Assignments.OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.PersonId, a.UnitId, a.GridId, a.SquadId, a.AssignedById }).ToListAsync());
        static string? Id(string type, long? id) => id is { } v ? GlobalId.Encode(type, v) : null;

        Assert.NotEmpty(rows);
        Assert.Equal(rows.Select(r => Id("Assignment", r.Id)), assignments.Select(a => a.Str("id")));
        Assert.Contains(rows, r => r.GridId is not null);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(Id("Person", rows[i].PersonId), assignments[i].RefId("person"));
            Assert.Equal(Id("OrgUnit", rows[i].UnitId), assignments[i].RefId("unit"));
            Assert.Equal(Id("Grid", rows[i].GridId), assignments[i].RefId("grid"));
            Assert.Equal(Id("StationSquad", rows[i].SquadId), assignments[i].RefId("squad"));
            Assert.Equal(Id("Person", rows[i].AssignedById), assignments[i].RefId("assignedBy"));
        }
    }

    [Fact]
    public async Task A_person_unit_supplier_and_community_posts_match_the_table()
    {
        var people = await client.ReadAllAsync("personnel",
            "id unit { id } suppliedBy { id } communityPosts(first: 100) { nodes { id person { id } } }");
        var rows = await factory.WithDbAsync(async db => new
        {
            People = await db.People.OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.OwnerUnitId, p.SuppliedById }).ToListAsync(),
            Posts = await db.CommunityPosts.Select(c => new { c.Id, c.PersonId }).ToListAsync(),
        });
        static string? Id(string type, long? id) => id is { } v ? GlobalId.Encode(type, v) : null;

        Assert.NotEmpty(rows.People);
        Assert.Equal(rows.People.Select(r => Id("Person", r.Id)), people.Select(p => p.Str("id")));
        Assert.Contains(rows.People, r => r.SuppliedById is not null);
        for (var i = 0; i < people.Count; i++)
        {
            var row = rows.People[i];
            Assert.Equal(Id("OrgUnit", row.OwnerUnitId), people[i].RefId("unit"));
            Assert.Equal(Id("ExternalOrganisation", row.SuppliedById), people[i].RefId("suppliedBy"));
            Assert.Equal(
                rows.Posts.Where(c => c.PersonId == row.Id).Select(c => c.Id).Order()
                    .Select(c => Id("CommunityPost", c)),
                people[i].Nodes("communityPosts").Select(c => c.Str("id")));
            Assert.All(people[i].Nodes("communityPosts"), c => Assert.Equal(people[i].Str("id"), c.RefId("person")));
        }
    }
}
