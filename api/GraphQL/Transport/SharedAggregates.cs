using Gateway.Api.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>Whether an answer holds shared aggregates alone: a query whose every root field is marked
/// <see cref="SharedAggregateMetadata.CachedPerTenant{TMetadataProvider}"/> (<c>__typename</c> aside).</summary>
public static class SharedAggregates
{
    public static bool AreAllThatIsSelected(ISchema schema, ExecutionResult result)
    {
        if (result is not { Document: { } document, Operation: { Operation: OperationType.Query } operation }
            || schema.Query is not { } query) return false;
        var marked = 0;
        foreach (var field in SelectedFields.Of(document, operation.SelectionSet.Selections))
        {
            var name = field.Name.StringValue;
            if (name == "__typename") continue;
            if (query.GetField(name)?.IsCachedPerTenant() != true) return false;
            marked++;
        }
        return marked > 0;
    }
}
