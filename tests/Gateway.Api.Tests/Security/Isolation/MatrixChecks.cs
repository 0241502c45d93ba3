using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Paging;
using Gateway.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>What the matrix shapes share: reading responses, checking ids against the oracle, and collecting
/// problems.</summary>
public static class MatrixChecks
{
    public const string AccessDenied = "ACCESS_DENIED";

    public static TheoryData<string> Principals()
    {
        var data = new TheoryData<string>();
        foreach (var clientId in IsolationWorld.ClientIds) data.Add(clientId);
        return data;
    }

    /// <summary>The response refused the document for a missing permission (as code, number or one of the codes) and
    /// returned no data.</summary>
    public static bool IsAccessDenied(GraphQLResponse response) =>
        response.Errors.Any(e => e?["extensions"] is JsonObject x
            && (Is(x["code"]) || Is(x["number"]) || x["codes"] is JsonArray codes && codes.Any(Is)));

    private static bool Is(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && s == AccessDenied;

    /// <summary>Every <c>id</c> of every object anywhere under <paramref name="node"/>.</summary>
    public static IEnumerable<string> GlobalIds(JsonNode? node) =>
        from obj in Objects(node) where obj["id"] is JsonValue id
            && id.TryGetValue<string>(out _) select obj["id"]!.GetValue<string>();

    /// <summary><paramref name="node"/> and every object nested in it, in document order.</summary>
    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Objects(p.Value))],
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    /// <summary>
    /// Checks that every id in <paramref name="data"/> names an existing row the principal may see; returns how many
    /// ids it checked and adds a line to <paramref name="problems"/> for each one that does not.
    /// </summary>
    public static async Task<int> CheckIdsInScopeAsync(IsolationWorld world, Principal principal, JsonNode? data,
        string cell, ConcurrentQueue<string> problems)
    {
        var count = 0;
        foreach (var globalId in GlobalIds(data).Distinct())
        {
            count++;
            if (!GlobalId.TryDecode(globalId, out var typeName, out var rowId)
                || world.Schema.NodeType(typeName) is not { } nodeType)
            {
                problems.Enqueue($"{cell}: `{globalId}` is not the global id of a node type.");
                continue;
            }
            var table = await world.RowsAsync(IsolationSchema.EntityOf(nodeType));
            if (!table.TryGetValue(rowId, out var row))
                problems.Enqueue($"{cell}: {typeName}:{rowId} is not a row of the database.");
            else if (!world.Sees(principal, row))
                problems.Enqueue(
                    $"{cell}: LEAK — {typeName}:{rowId} owned at {IsolationWorld.PathOf(row)} reached {principal}.");
        }
        foreach (var (totalCount, nodes) in Counts(data))
            if (nodes < DefaultPageSize && totalCount != nodes)
                problems.Enqueue(
                    $"{cell}: LEAK — a connection counts {totalCount} rows but shows the caller all {nodes} it " +
                    "may see.");
        return count;
    }

    /// <summary>Every connection in <paramref name="data"/> that selects <c>totalCount</c>: its count and how many
    /// nodes its page holds.</summary>
    private static IEnumerable<(int TotalCount, int Nodes)> Counts(JsonNode? data) =>
        from obj in Objects(data)
        where obj["totalCount"] is JsonValue && obj["nodes"] is JsonArray
        select (obj["totalCount"]!.GetValue<int>(), obj["nodes"]!.AsArray().Count);

    /// <summary>The page size a connection gets without <c>first</c> or <c>last</c>.</summary>
    private static readonly int DefaultPageSize = new PagingOptions().DefaultPageSize;

    /// <summary>
    /// One row of the matrix: checks every cell a few at a time, writes a line per cell under
    /// <paramref name="heading"/>, and fails with every problem found.
    /// </summary>
    public static async Task RunRowAsync<T>(IEnumerable<T> cells, Func<T, ConcurrentQueue<string>, Task<string>> check,
        ITestOutputHelper output, string heading, string what)
    {
        var problems = new ConcurrentQueue<string>();
        var summary = new ConcurrentQueue<string>();
        await ForEachAsync(cells, async cell => summary.Enqueue(await check(cell, problems)));
        output.WriteLine(heading);
        foreach (var line in summary.Order(StringComparer.Ordinal)) output.WriteLine("  " + line);
        AssertNone(problems, what);
    }

    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/>, a few at a time.</summary>
    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> work, int parallelism = 3) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (item, _) =>
            await work(item));

    /// <summary>Fails with every problem found, so one run shows the whole picture instead of the first hole.</summary>
    public static void AssertNone(ConcurrentQueue<string> problems, string what)
    {
        if (problems.IsEmpty) return;
        var lines = problems.Order(StringComparer.Ordinal).ToList();
        Assert.Fail($"{what}: {lines.Count} problem(s)\n" + string.Join("\n", lines.Take(60)) + (lines.Count > 60
            ? $"\n… and {lines.Count - 60} more" : ""));
    }

    public static string Short(string body) => body.Length <= 600 ? body : body[..600] + "…";
}
