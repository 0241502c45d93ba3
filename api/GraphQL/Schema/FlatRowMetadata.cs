using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>
/// Marks an object type whose fields are plain reads of the row they are asked on: no side effects, no data loaders,
/// nothing read but the row and the request (not their own place in the answer, which the one pass does not keep). A
/// list of such rows is resolved in one pass by the execution strategy rather than node by node
/// (<see cref="Transport.FlatRowLists"/>), which matters for statistics answers of thousands of rows of dozens of
/// columns. Only a field of a marked type is ever resolved twice, when that pass falls back to the ordinary one.
/// </summary>
public static class FlatRowMetadata
{
    private const string Key = "gateway:flatRows";

    public static void ResolvedAsFlatRows(this IObjectGraphType type) => type.Metadata[Key] = true;

    public static bool IsResolvedAsFlatRows(this IObjectGraphType type) => type.Metadata.ContainsKey(Key);
}
