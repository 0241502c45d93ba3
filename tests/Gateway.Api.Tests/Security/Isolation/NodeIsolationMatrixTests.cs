using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.Types;
using Xunit.Abstractions;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Check 20 (BOLA/IDOR), shape (b) of the matrix: for every node type of the schema and every principal, other
/// tenants' rows asked for by global id through <c>node(id:)</c> and <c>nodes(ids:)</c> answer null with NOT_FOUND,
/// exactly like an id that names no row, while a row of the caller's own scope still resolves.
/// </summary>
[Collection(IsolationMatrixCollection.Name)]
public sealed class NodeIsolationMatrixTests(IsolationWorld world, ITestOutputHelper output)
    : IsolationMatrix<IObjectGraphType>(world, output)
{
    /// <summary>Foreign rows asked for per node type and principal, spread over their owners.</summary>
    private const int ForeignSample = 6;

    [Theory]
    [MemberData(nameof(Principals))]
    public Task Foreign_ids_read_exactly_like_missing_ones_through_node_and_nodes(string clientId) =>
        RunRowAsync(clientId);

    protected override string What => "node/nodes";

    protected override IEnumerable<IObjectGraphType> Cells() => World.Schema.NodeTypes;

    protected override string Heading(Principal principal, IReadOnlyCollection<IObjectGraphType> cells) =>
        $"{principal}: {cells.Count} node types, permissions enforced: {World.Schema.EnforcesPermissions}";

    protected override async Task<string> CheckAsync(Principal principal, IObjectGraphType type,
        ConcurrentQueue<string> problems)
    {
        var cell = $"node({type.Name}) × {principal.ClientId}";
        var rows = await World.RowsAsync(IsolationSchema.EntityOf(type));
        var foreign = Spread(rows.Values.Where(r => !World.Sees(principal, r)).OrderBy(r => r.Id),
            ForeignSample);
        var own = rows.Values.Where(r => World.Sees(principal, r)).OrderBy(r => r.Id).Select(r => (long?)r.Id)
            .LastOrDefault();
        var missing = GlobalId.Encode(type.Name, (rows.Count == 0 ? 0 : rows.Keys.Max()) + 1_000_000);
        var foreignIds = foreign.Select(r => GlobalId.Encode(type.Name, r.Id)).ToList();
        var ownId = own is { } o ? GlobalId.Encode(type.Name, o) : null;

        var document = new MatrixDocument();
        document.Select(World.Schema.Query, "node");
        document.Select(World.Schema.Query, "nodes");
        document.Select(type, "id");
        var selection = $"{{ ... on {type.Name} {{ id }} }}";
        var variables = new Dictionary<string, object?> { ["missing"] = missing,
            ["ids"] = (string[])[.. foreignIds, missing] };
        var fields = new List<string>();
        for (var i = 0; i < foreignIds.Count; i++)
        {
            variables[$"f{i}"] = foreignIds[i];
            fields.Add($"f{i}: node(id: $f{i}) {selection}");
        }
        if (ownId is not null)
        {
            variables["own"] = ownId;
            fields.Add($"own: node(id: $own) {selection}");
        }
        var declarations = string.Join(", ", variables.Keys.Select(k => k == "ids" ? "$ids: [ID!]!" : $"${k}: ID!"));
        // `nodes` is not aliased: its NOT_FOUND errors carry the field name in their path, not the alias.
        var query = $"query({declarations}) {{ {string.Join(" ", fields)} missing: node(id: $missing) {selection} " +
            $"nodes(ids: $ids) {selection} }}";

        var response = await World.Client(principal.ClientId).PostAsync(query, variables);
        if (World.Schema.EnforcesPermissions && !principal.Holds(document.RequiredPermissions))
        {
            if (!MatrixChecks.IsAccessDenied(response) || response.Data is JsonObject { Count: > 0 } data
                && data.Any(p => p.Value is not null))
                problems.Enqueue(
                    $"{cell}: needs {string.Join("+", document.RequiredPermissions)}, expected ACCESS_DENIED and no " +
                    $"data, got {MatrixChecks.Short(response.Body)}");
            await CheckUnreadableTypeIsNotFoundAsync(principal, type, rows, missing, cell, problems);
            return $"{type.Name}: ACCESS_DENIED; by bare id not found";
        }
        if (response.Data is not JsonObject result)
        {
            problems.Enqueue($"{cell}: no data: {MatrixChecks.Short(response.Body)}");
            return $"{type.Name}: failed";
        }

        var missingError = ErrorAt(response, "missing");
        if (result["missing"] is not null || missingError is null || Code(missingError) != "NOT_FOUND")
        {
            problems.Enqueue(
                $"{cell}: a missing id should be null with NOT_FOUND: {MatrixChecks.Short(response.Body)}");
            return $"{type.Name}: failed";
        }
        var expectedShape = Shape(missingError, missing);

        for (var i = 0; i < foreignIds.Count; i++)
        {
            var row = foreign[i];
            if (result[$"f{i}"] is not null)
                problems.Enqueue(
                    $"{cell}: LEAK — node(id:) returned {type.Name}:{row.Id} owned at {IsolationWorld.PathOf(row)}.");
            else if (ErrorAt(response, $"f{i}") is not { } error || Shape(error, foreignIds[i]) != expectedShape)
                problems.Enqueue(
                    $"{cell}: {type.Name}:{row.Id} is told apart from a missing " +
                    $"id: {MatrixChecks.Short(ErrorAt(response, $"f{i}")?.ToJsonString() ?? "no error")} " +
                    $"vs {missingError.ToJsonString()}");
        }
        if (ownId is not null && result["own"]?["id"]?.GetValue<string>() != ownId)
            problems.Enqueue(
                $"{cell}: the caller's own {type.Name}:{own} did not resolve: {MatrixChecks.Short(response.Body)}");

        var all = result["nodes"] as JsonArray;
        if (all is null || all.Count != foreignIds.Count + 1)
            problems.Enqueue(
                $"{cell}: nodes(ids:) should answer {foreignIds.Count + 1} " +
                $"positions: {MatrixChecks.Short(response.Body)}");
        else
            for (var i = 0; i < all.Count; i++)
            {
                var id = i < foreignIds.Count ? foreignIds[i] : missing;
                if (all[i] is not null)
                    problems.Enqueue(
                        $"{cell}: LEAK — nodes(ids:) returned " +
                        $"{type.Name}:{(i < foreign.Count ? foreign[i].Id : -1)} at position {i}.");
                else if (ErrorAt(response, "nodes", i) is not { } error || Shape(error, id) != expectedShape)
                    problems.Enqueue(
                        $"{cell}: nodes(ids:) position {i} is told apart from a missing " +
                        $"id: {ErrorAt(response, "nodes", i)?.ToJsonString() ?? "no error"}");
            }

        var unexpected = response.Errors.Where(e => Code(e) != "NOT_FOUND").ToList();
        if (unexpected.Count > 0)
            problems.Enqueue(
                $"{cell}: unexpected errors: {string.Join("; ", unexpected.Select(e => e!.ToJsonString()))}");
        return $"{type.Name}: {foreign.Count} foreign of {rows.Count}, own {(ownId is null ? "none" : "resolved")}";
    }

    /// <summary>
    /// Check 17: a row of a type the caller may not read, asked for through the <c>Node</c> interface alone (no
    /// fragment for validation to refuse), is not found, exactly like a missing id — whoever owns it.
    /// </summary>
    private async Task CheckUnreadableTypeIsNotFoundAsync(
        Principal principal, IObjectGraphType type,
            IReadOnlyDictionary<long, Entity> rows, string missing, string cell, ConcurrentQueue<string> problems)
    {
        var sample = Spread(rows.Values.OrderBy(r => r.Id), 3);
        if (sample.Count == 0) return;
        var ids = sample.Select(r => GlobalId.Encode(type.Name, r.Id)).ToList();
        var variables = new Dictionary<string, object?> { ["missing"] = missing,
            ["ids"] = (string[])[.. ids, missing] };
        for (var i = 0; i < ids.Count; i++) variables[$"r{i}"] = ids[i];
        var declarations = string.Join(", ", variables.Keys.Select(k => k == "ids" ? "$ids: [ID!]!" : $"${k}: ID!"));
        var fields = string.Join(" ", ids.Select((_, i) => $"r{i}: node(id: $r{i}) {{ id __typename }}"));
        var response = await World.Client(principal.ClientId).PostAsync(
            $"query({declarations}) {{ {fields} missing: node(id: $missing) {{ id __typename }} nodes(ids: $ids) {{ " +
            $"id __typename }} }}", variables);

        if (response.Data is not JsonObject result || ErrorAt(response, "missing") is not { } missingError)
        {
            problems.Enqueue($"{cell} by bare id: {MatrixChecks.Short(response.Body)}");
            return;
        }
        var expectedShape = Shape(missingError, missing);
        for (var i = 0; i < ids.Count; i++)
        {
            if (result[$"r{i}"] is not null)
                problems.Enqueue(
                    $"{cell}: LEAK — node(id:) {{ id }} returned {type.Name}:{sample[i].Id}, a " +
                    $"type {principal.ClientId} may not read.");
            else if (ErrorAt(response, $"r{i}") is not { } error || Shape(error, ids[i]) != expectedShape)
                problems.Enqueue(
                    $"{cell}: {type.Name}:{sample[i].Id} of an unreadable type is told apart from a missing " +
                    $"id: {ErrorAt(response, $"r{i}")?.ToJsonString() ?? "no error"}");
            if (result["nodes"] is not JsonArray list || list.Count != ids.Count + 1 || list[i] is not null)
                problems.Enqueue(
                    $"{cell}: LEAK — nodes(ids:) returned {type.Name}:{sample[i].Id}, a type {principal.ClientId} " +
                    $"may not read: {MatrixChecks.Short(response.Body)}");
        }
    }

    /// <summary>Up to <paramref name="count"/> rows taking turns between owners, so every other tenant is asked
    /// about.</summary>
    private static List<Entity> Spread(IEnumerable<Entity> rows, int count)
    {
        var byOwner = rows.GroupBy(r => IsolationWorld.PathOf(r) ?? "").Select(g => new Queue<Entity>(g)).ToList();
        var picked = new List<Entity>();
        while (picked.Count < count && byOwner.Any(q => q.Count > 0))
            foreach (var queue in byOwner.Where(q => q.Count > 0))
                if (picked.Count < count) picked.Add(queue.Dequeue());
        return picked;
    }

    private static JsonNode? ErrorAt(GraphQLResponse response, string alias, int? index = null) =>
        response.Errors.FirstOrDefault(e => e?["path"] is JsonArray path
            && path.Count == (index is null ? 1 : 2)
            && path[0]?.GetValue<string>() == alias
            && (index is null || path[1]?.GetValue<int>() == index));

    private static string? Code(JsonNode? error) => error?["extensions"]?["code"]?.GetValue<string>();

    /// <summary>An error with the asked-for id taken out of its message and its position dropped: what must not
    /// differ.</summary>
    private static string Shape(JsonNode error, string id) =>
        new JsonObject
        {
            ["message"] = error["message"]?.GetValue<string>().Replace(id, "{id}", StringComparison.Ordinal),
            ["extensions"] = error["extensions"]?.DeepClone(),
        }.ToJsonString();
}
