using System.Collections.Concurrent;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.Types;
using Xunit.Abstractions;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Checks 21 and 23, shape (a) of the matrix: every root connection of the schema, read page by page by every
/// principal, lists exactly the rows of the principal's unit and below (shared reference data to all), and
/// <c>totalCount</c> says as many — or, where the principal lacks the permission the field declares, the request is
/// refused with ACCESS_DENIED.
/// </summary>
[Collection(IsolationMatrixCollection.Name)]
public sealed class ListIsolationMatrixTests(IsolationWorld world, ITestOutputHelper output)
    : IsolationMatrix<RootConnection>(world, output)
{
    private const int PageSize = IsolationWorld.MatrixPageSize;

    [Theory]
    [MemberData(nameof(Principals))]
    public Task Every_root_connection_lists_exactly_the_callers_rows_and_counts_them(string clientId) =>
        RunRowAsync(clientId);

    protected override string What => "Lists";

    protected override IEnumerable<RootConnection> Cells() => World.Schema.Roots;

    protected override string Heading(Principal principal, IReadOnlyCollection<RootConnection> cells) =>
        $"{principal}: {cells.Count} root connections, permissions enforced: {World.Schema.EnforcesPermissions}";

    protected override async Task<string> CheckAsync(Principal principal, RootConnection root,
        ConcurrentQueue<string> problems)
    {
        var cell = $"{root.Name} × {principal.ClientId}";
        var document = new MatrixDocument();
        var connection = (IComplexGraphType)document.Select(World.Schema.Query, root.Name);
        document.Select(connection, "totalCount");
        document.Select((IComplexGraphType)document.Select(connection, "nodes"), "id");
        var pageInfo = (IComplexGraphType)document.Select(connection, "pageInfo");
        document.Select(pageInfo, "hasNextPage");
        document.Select(pageInfo, "endCursor");
        var query = $"query($first: Int!, $after: String) {{ rows: {root.Name}(first: $first, after: $after) {{ " +
            $"totalCount nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}";
        var client = World.Client(principal.ClientId);

        if (World.Schema.EnforcesPermissions && !principal.Holds(document.RequiredPermissions))
        {
            var denied = await client.PostAsync(query, new { first = PageSize, after = (string?)null });
            if (!MatrixChecks.IsAccessDenied(denied) || denied.Data?["rows"] is not null)
                problems.Enqueue(
                    $"{cell}: needs {string.Join("+", document.RequiredPermissions)}, expected ACCESS_DENIED and no " +
                    $"data, got {MatrixChecks.Short(denied.Body)}");
            return $"{root.Name}: ACCESS_DENIED (needs {string.Join("+", document.RequiredPermissions)})";
        }

        var narrowing = IsolationWorld.NarrowedRoots.GetValueOrDefault(root.Name) ?? (_ => true);
        var expectedBefore = await ExpectedAsync(principal, root, narrowing);
        var listed = new List<long>();
        int? totalCount = null;
        var failed = false;
        // Stops the whole matrix at a repeated cursor or row: paging itself is broken then, whoever the caller is.
        await Pages.ForwardAsync(cell, async after =>
        {
            var response = await client.PostAsync(query, new { first = PageSize, after });
            if (response.Data?["rows"] is not { } rows || response.Errors.Count > 0)
            {
                problems.Enqueue(
                    $"{cell}: page after {after ?? "the start"} failed: {MatrixChecks.Short(response.Body)}");
                failed = true;
                return null;
            }
            totalCount ??= rows["totalCount"]!.GetValue<int>();
            foreach (var node in rows.Items("nodes"))
            {
                var id = node.Str("id");
                if (!GlobalId.TryDecode(id, out var typeName, out var rowId) || typeName != root.Node.Name)
                    problems.Enqueue($"{cell}: `{id}` is not a {root.Node.Name} id.");
                else listed.Add(rowId);
            }
            return rows;
        });
        if (failed) return $"{root.Name}: failed";

        // Append-only tables may grow while the pages are read: every row in scope before must be listed, nothing
        // outside the scope after may be. Every other table holds still, so this is exact equality.
        var expectedAfter = await ExpectedAsync(principal, root, narrowing);
        var table = await World.RowsAsync(root.Entity);
        foreach (var rowId in listed.Where(i => !expectedAfter.Contains(i)))
            problems.Enqueue(table.TryGetValue(rowId, out var row)
                ? World.Sees(principal, row)
                    ? $"{cell}: {root.Node.Name}:{rowId} listed though the connection should not include it."
                    : $"{cell}: LEAK — {root.Node.Name}:{rowId} owned at {IsolationWorld.PathOf(row)} listed " +
                        $"to {principal}."
                : $"{cell}: {root.Node.Name}:{rowId} is not a row of the database.");
        var missing = expectedBefore.Except(listed).ToList();
        if (missing.Count > 0)
            problems.Enqueue(
                $"{cell}: {missing.Count} row(s) in scope not listed, " +
                $"e.g. {string.Join(", ", missing.Take(5).Select(i => $"{root.Node.Name}:{i}"))}.");
        if (totalCount < expectedBefore.Count || totalCount > expectedAfter.Count)
            problems.Enqueue($"{cell}: totalCount {totalCount}, but {expectedBefore.Count} row(s) are in scope.");
        return $"{root.Name}: {listed.Count} rows, totalCount {totalCount}, in scope {expectedBefore.Count} " +
            $"of {table.Count}";
    }

    private async Task<HashSet<long>> ExpectedAsync(Principal principal, RootConnection root,
        Func<Entity, bool> narrowing) =>
        [.. (await World.RowsAsync(root.Entity))
            .Values.Where(row => narrowing(row) && World.Sees(principal, row)).Select(row => row.Id)];
}
