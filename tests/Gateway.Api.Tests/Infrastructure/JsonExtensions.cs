using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Mapping;

namespace Gateway.Api.Tests.Infrastructure;

public static class JsonExtensions
{
    /// <summary>The items of a JSON array property (non-null).</summary>
    public static List<JsonNode> Items(this JsonNode node, string property) =>
        [.. (node[property] ?? throw new InvalidOperationException($"No `{property}` in {node.ToJsonString()}"))
            .AsArray().Select(n => n!)];

    /// <summary>The nodes of the connection under <paramref name="property"/>.</summary>
    public static List<JsonNode> Nodes(this JsonNode node, string property) =>
        (node[property] ?? throw new InvalidOperationException($"No `{property}` in {node.ToJsonString()}"))
            .Items("nodes");

    public static string Str(this JsonNode node, string property) =>
        (node[property] ?? throw new InvalidOperationException($"No `{property}` in {node.ToJsonString()}"))
            .GetValue<string>();

    /// <summary>The global id of the object under <paramref name="property"/>, or null when the relation is
    /// null.</summary>
    public static string? RefId(this JsonNode node, string property) => node[property]?["id"]?.GetValue<string>();

    /// <summary>The database row id behind a global id, checking its type name.</summary>
    public static long RowId(string globalId, string expectedType)
    {
        Assert.True(GlobalId.TryDecode(globalId, out var type, out var id), $"'{globalId}' is not a global id.");
        Assert.Equal(expectedType, type);
        return id;
    }
}
