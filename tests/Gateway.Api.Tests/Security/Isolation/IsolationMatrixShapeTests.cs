using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Xunit.Abstractions;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>The matrix covers what the schema and the seed hold, and says how big it is.</summary>
[Collection(IsolationScenariosCollection.Name)]
public sealed class IsolationMatrixShapeTests(IsolationWorld world, ITestOutputHelper output)
{
    [Fact]
    public void The_matrix_runs_as_every_seeded_machine_client()
    {
        Assert.Equal(IsolationWorld.ClientIds.Order(StringComparer.Ordinal),
            world.SeededClientIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_connection_field_lists_a_node_type_the_matrix_can_check()
    {
        Assert.True(world.Schema.UnclassifiedConnections.Count == 0,
            "Connection fields whose nodes are not entity types: " + string.Join(", ",
                world.Schema.UnclassifiedConnections));
        Assert.NotEmpty(world.Schema.Roots);
        Assert.All(IsolationWorld.NarrowedRoots.Keys, name => Assert.Contains(world.Schema.Roots, r => r.Name == name));
    }

    [Fact]
    public async Task The_oracle_knows_whose_rows_every_node_type_holds()
    {
        foreach (var type in world.Schema.NodeTypes)
        {
            var rows = await world.RowsAsync(IsolationSchema.EntityOf(type));
            foreach (var row in rows.Values.Take(1))
                _ = IsolationWorld.PathOf(row); // throws for an entity with no rule
            Assert.True(rows.Count > 0 || type.Name == "AuditRecord",
                $"The demo county has no {type.Name} rows: the matrix would check nothing for it.");
        }
    }

    [Fact]
    public void Matrix_size()
    {
        var schema = world.Schema;
        var principals = IsolationWorld.ClientIds.Length;
        var lists = schema.Roots.Count * principals;
        var nodes = schema.NodeTypes.Count * principals;
        var relations = schema.Relations.Count * principals;
        output.WriteLine(
            $"Isolation matrix: {schema.Roots.Count} connection fields × {principals} principals × 3 shapes; " +
            $"lists {schema.Roots.Count}×{principals} = {lists}, node/nodes {schema.NodeTypes.Count} node " +
            $"types×{principals} = {nodes}, " +
            $"nested relations {schema.Relations.Count} relation fields×{principals} = {relations}; " +
            $"{lists + nodes + relations} cells in all. " +
            $"Permissions enforced by a validation rule: {schema.EnforcesPermissions}.");
        Assert.True(lists > 0 && nodes > 0 && relations > 0);
    }

    [Fact]
    public async Task The_cross_linked_rows_really_point_across_tenants()
    {
        var links = world.Links;
        var (assignment, tip, mediationCase, work, succession) = await world.Factory.WithDbAsync(async db => (
            await db.Assignments.FindAsync(links.NanjingAssignment),
            await db.Tips.FindAsync(links.NanjingTip),
            await db.MediationCases.FindAsync(links.NanjingCase),
            await db.FieldWorkEvents.FindAsync(links.StationFieldWork),
            await db.Set<GridSuccession>().FindAsync(links.NanjingSuccession)));
        var people = await world.RowsAsync(typeof(Person));
        var grids = await world.RowsAsync(typeof(Grid));
        var units = await world.RowsAsync(typeof(OrgUnit));
        string PathOf(long unit) => ((OrgUnit)units[unit]).Path;

        Assert.Equal(PathOf(links.Nanjing), assignment!.OwnerPath);
        Assert.Equal(PathOf(links.Longxiang), ((TenantOwnedEntity)people[assignment.PersonId]).OwnerPath);
        Assert.Equal(PathOf(links.Nanjing), tip!.OwnerPath);
        Assert.Equal(PathOf(links.Longxiang), ((TenantOwnedEntity)people[tip.ReceivedById]).OwnerPath);
        Assert.Equal(PathOf(links.Nanjing), mediationCase!.OwnerPath);
        Assert.Equal(PathOf(links.Longxiang), ((TenantOwnedEntity)grids[mediationCase.GridId!.Value]).OwnerPath);
        Assert.Equal(PathOf(links.Station), work!.OwnerPath);
        Assert.Equal(PathOf(links.Bureau), ((TenantOwnedEntity)people[work.PersonId]).OwnerPath);
        Assert.Equal(PathOf(links.Nanjing), succession!.OwnerPath);
        Assert.Equal(PathOf(links.Nanjing), ((TenantOwnedEntity)grids[succession.PredecessorId]).OwnerPath);
        Assert.Equal(PathOf(links.Longxiang), ((TenantOwnedEntity)grids[succession.SuccessorId]).OwnerPath);
        Assert.False(PathOf(links.Longxiang).StartsWith(PathOf(links.Nanjing), StringComparison.Ordinal));
    }
}
