using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Paging;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.Types;
using Xunit.Abstractions;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Shape (d) of the matrix: <c>order</c> and <c>where</c> through every to-one relation of every root connection's
/// rows, by every principal, over the demo county and <see cref="CrossLinks"/>. Sorting by a related row's text must
/// neither surface rows outside the caller's scope nor carry, in a cursor, a value only rows outside it hold; filtering
/// on such a value must find nothing, so a condition cannot be used as an oracle on the other tenant's rows.
/// </summary>
[Collection(IsolationMatrixCollection.Name)]
public sealed class SortAndFilterIsolationMatrixTests(IsolationWorld world, ITestOutputHelper output)
    : IsolationMatrix<SortAndFilterIsolationMatrixTests.Cell>(world, output)
{
    private const int Page = 50;

    /// <summary>A to-one relation of a root connection's rows, with a text column of its target to sort and filter
    /// by.</summary>
    public sealed record Cell(RootConnection Root, Relation Relation, string TargetField, PropertyInfo TargetColumn)
    {
        public override string ToString() => $"{Root.Name}.{Relation.Field.Name}.{TargetField}";
    }

    [Fact]
    public void Every_root_connection_with_a_to_one_relation_is_covered()
    {
        var cells = Cells().ToList();
        Output.WriteLine($"{cells.Count} sort/filter cells per principal: {string.Join(", ", cells)}");
        Assert.Contains(cells, c => c.Root.Name == "assignments" && c.Relation.Field.Name == "person");
        Assert.Contains(cells, c => c.Root.Name == "mediationCases" && c.Relation.Field.Name == "grid");
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public Task Sorting_and_filtering_through_relations_never_reveal_rows_outside_the_callers_scope(string clientId) =>
        RunRowAsync(clientId);

    protected override string What => "Sorting and filtering";

    protected override string Heading(Principal principal, IReadOnlyCollection<Cell> cells) =>
        $"{principal}: {cells.Count} relations sorted and filtered through";

    protected override IEnumerable<Cell> Cells() =>
        from root in World.Schema.Roots
        from relation in World.Schema.RelationsOf(root.Node)
        // Sorting and `where: { relation: … }` go through a foreign key on the row: to-one relations, not dependents.
        where Gateway.Api.GraphQL.Mapping.Relation.Of(relation.Field)?.Kind == RelationKind.ToOne
        let map = EntityFieldMap.For(relation.Target.GetType())
        let column = map.Columns.FirstOrDefault(c =>
            c.Value.Property.PropertyType == typeof(string) && SortOrder.IsSortable(c.Value.Property.PropertyType))
        where column.Value is not null
        // The map keys fields by the names they were declared with; the schema camel-cases them.
        select new Cell(root, relation, relation.Target.Fields.First(f =>
            string.Equals(f.Name, column.Key, StringComparison.OrdinalIgnoreCase)).Name,
            column.Value.Property);

    protected override async Task<string> CheckAsync(Principal principal, Cell cell, ConcurrentQueue<string> problems)
    {
        var name = $"{cell} × {principal.ClientId}";
        var document = new MatrixDocument();
        var connection = (IComplexGraphType)document.Select(World.Schema.Query, cell.Root.Name);
        var node = (IComplexGraphType)document.Select(connection, "nodes");
        document.Select(node, "id");
        document.Select(cell.Relation.SelectIn(document, node), cell.TargetField);

        var targets = await World.RowsAsync(IsolationSchema.EntityOf(cell.Relation.Target));
        string? Text(Entity row) => cell.TargetColumn.GetValue(row) as string;
        var visible = targets.Values.Where(t => World.Sees(principal, t)).Select(Text).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var foreignOnly = targets.Values.Where(t => !World.Sees(principal, t)).Select(Text).OfType<string>()
            .Where(v => !visible.Contains(v)).ToHashSet(StringComparer.Ordinal);
        var probe = foreignOnly.FirstOrDefault();

        var order = $"order: [{{ {cell.Relation.Field.Name}: {{ {cell.TargetField}: DESC }} }}]";
        var where = $"where: {{ {cell.Relation.Field.Name}: {{ {cell.TargetField}: {{ eq: $probe }} }} }}";
        var query = $"query($probe: String) {{ first: {cell.Root.Name}(first: {Page}, {order}) {{ edges {{ cursor " +
            $"node {{ id }} }} }} " +
            $"last: {cell.Root.Name}(last: {Page}, {order}) {{ edges {{ cursor node {{ id }} }} }} " +
            $"probed: {cell.Root.Name}(first: {Page}, {where}) {{ totalCount nodes {{ id }} }} }}";
        var response = await World.Client(principal.ClientId).PostAsync(query, new { probe = probe ?? "" });

        if (World.Schema.EnforcesPermissions && !principal.Holds(document.RequiredPermissions))
        {
            if (!MatrixChecks.IsAccessDenied(response) || response.Data is { } data
                && data.AsObject().Any(p => p.Value is not null))
                problems.Enqueue(
                    $"{name}: needs {string.Join("+", document.RequiredPermissions)}, expected ACCESS_DENIED and no " +
                    $"data, got {MatrixChecks.Short(response.Body)}");
            return $"{cell}: ACCESS_DENIED";
        }
        if (response.Errors.Count > 0 || response.Data is null)
        {
            problems.Enqueue($"{name}: failed: {MatrixChecks.Short(response.Body)}");
            return $"{cell}: failed";
        }

        var ids = await MatrixChecks.CheckIdsInScopeAsync(World, principal, response.Data, name, problems);
        var cursors = response.Data["first"]!.Items("edges").Concat(response.Data["last"]!.Items("edges"))
            .Select(e => e.Str("cursor")).ToList();
        foreach (var value in cursors.SelectMany(CursorValues).Where(foreignOnly.Contains).Distinct())
            problems.Enqueue(
                $"{name}: LEAK — a cursor carries \"{value}\", which only rows outside the caller's scope hold.");
        if (probe is not null && response.Data["probed"]!["totalCount"]!.GetValue<int>() != 0)
            problems.Enqueue(
                $"{name}: LEAK — filtering on \"{probe}\", which only rows outside the caller's scope hold, " +
                $"matched rows: {MatrixChecks.Short(response.Data["probed"]!.ToJsonString())}");
        return $"{cell}: {ids} id(s) in scope, {cursors.Count} cursor(s), " + (probe is null
            ? "no foreign-only value to probe" : "foreign-only value probed");
    }

    /// <summary>The text values inside an opaque cursor (base64url of "k:" and a JSON array of the sort-key
    /// values).</summary>
    private static IEnumerable<string> CursorValues(string cursor)
    {
        var text = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(cursor));
        using var values = JsonDocument.Parse(text[2..]);
        return [.. values.RootElement.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)];
    }
}
