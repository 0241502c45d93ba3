using System.Collections.Concurrent;
using GraphQL.Types;
using Xunit.Abstractions;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Check 22, shape (c) of the matrix: every relation field of every node type (a field returning a node or a list of
/// them), reached from a root connection by the shortest route the schema offers, surfaces only rows the principal
/// may see — over the demo county and <see cref="CrossLinks"/>, whose foreign keys point across tenants on purpose.
/// </summary>
[Collection(IsolationMatrixCollection.Name)]
public sealed class RelationIsolationMatrixTests(IsolationWorld world, ITestOutputHelper output)
    : IsolationMatrix<IObjectGraphType>(world, output)
{
    private const int RootPage = 50;

    [Fact]
    public void Every_node_type_is_reachable_from_a_root_connection()
    {
        var unreachable = World.Schema.NodeTypes.Where(t => World.Schema.RouteTo(t) is null).Select(t => t.Name)
            .ToList();
        Assert.True(unreachable.Count == 0,
            "Node types no query can reach from a root connection (the relation matrix cannot cover " +
            "them): " + string.Join(", ", unreachable));
    }

    [Fact]
    public void Rows_reached_through_computed_values_are_relations_too()
    {
        var throughComputed = World.Schema.Relations.Where(r => r.Owner.Name == "OrgUnit" && r.Through.Count > 0)
            .Select(r => r.Name).ToList();

        Assert.Equal(["assessmentWeights.sourceUnit", "dailyQuotas.unit", "staffing.auxiliaries", "staffing.gaps.grid",
            "staffing.gridWorkers", "staffing.grids.grid", "staffing.grids.gridWorkers", "staffing.police",
            "staffing.surpluses.grid", "threeMusts.person", "threeMusts.unit", "workTargets.setAt"],
            throughComputed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public Task Nested_relations_never_surface_rows_outside_the_callers_scope(string clientId) => RunRowAsync(clientId);

    protected override string What => "Nested relations";

    /// <summary>Node types a route reaches that have relations of their own.</summary>
    protected override IEnumerable<IObjectGraphType> Cells() =>
        World.Schema.NodeTypes.Where(t => World.Schema.RouteTo(t) is not null && World.Schema.RelationsOf(t).Any());

    protected override string Heading(Principal principal, IReadOnlyCollection<IObjectGraphType> cells) =>
        $"{principal}: {World.Schema.Relations.Count} relation fields, permissions " +
        $"enforced: {World.Schema.EnforcesPermissions}";

    protected override async Task<string> CheckAsync(Principal principal, IObjectGraphType owner,
        ConcurrentQueue<string> problems)
    {
        var route = World.Schema.RouteTo(owner)!;
        var relations = World.Schema.RelationsOf(owner).ToList();
        var allowed = new List<Relation>();
        var denied = 0;
        foreach (var relation in relations)
        {
            var document = Document(route, [relation]);
            if (!World.Schema.EnforcesPermissions || principal.Holds(document.RequiredPermissions))
            {
                allowed.Add(relation);
                continue;
            }
            denied++;
            var response = await World.Client(principal.ClientId).PostAsync(Query(route, [relation]));
            if (!MatrixChecks.IsAccessDenied(response) || response.Data?["rows"] is not null)
                problems.Enqueue(
                    $"{route}.{relation.Name} × {principal.ClientId}: needs " +
                    $"{string.Join("+", document.RequiredPermissions)}, expected ACCESS_DENIED and no data, " +
                    $"got {MatrixChecks.Short(response.Body)}");
        }
        if (allowed.Count == 0) return $"{owner.Name}: {denied} relation(s) ACCESS_DENIED";

        // All readable relations of the type in one request; on any error, one request per relation to say which.
        var checkedIds = await CheckReadableAsync(principal, route, allowed, problems, quiet: true);
        if (checkedIds is null)
            foreach (var relation in allowed)
                checkedIds = (checkedIds ?? 0) + (
                    await CheckReadableAsync(principal, route, [relation], problems, quiet: false) ?? 0);
        return $"{owner.Name} via {route}: {allowed.Count} relation(s) read, {checkedIds} id(s) in scope, {denied} " +
            "ACCESS_DENIED";
    }

    private async Task<int?> CheckReadableAsync(Principal principal, Route route,
        IReadOnlyList<Relation> relations, ConcurrentQueue<string> problems, bool quiet)
    {
        var cell = $"{route}.{{{string.Join(",", relations.Select(r => r.Name))}}} × {principal.ClientId}";
        var response = await World.Client(principal.ClientId).PostAsync(Query(route, relations));
        if (response.Errors.Count > 0 || response.Data?["rows"] is null)
        {
            if (!quiet) problems.Enqueue($"{cell}: failed: {MatrixChecks.Short(response.Body)}");
            return null;
        }
        return await MatrixChecks.CheckIdsInScopeAsync(World, principal, response.Data, cell, problems);
    }

    private MatrixDocument Document(Route route, IReadOnlyList<Relation> relations)
    {
        var document = new MatrixDocument();
        var connection = (IComplexGraphType)document.Select(World.Schema.Query, route.Root.Name);
        IComplexGraphType current = (IComplexGraphType)document.Select(connection, "nodes");
        document.Select(current, "id");
        foreach (var hop in route.Hops)
        {
            current = hop.SelectIn(document, current);
            document.Select(current, "id");
        }
        foreach (var relation in relations)
            document.Select(relation.SelectIn(document, current), "id");
        return document;
    }

    private static string Query(Route route, IReadOnlyList<Relation> relations)
    {
        var inner = "id " + string.Join(" ", relations.Select(r => r.Select("id")));
        for (var i = route.Hops.Count - 1; i >= 0; i--)
            inner = "id " + route.Hops[i].Select(inner);
        return $"query {{ rows: {route.Root.Name}(first: {RootPage}) {{ nodes {{ {inner} }} }} }}";
    }
}
