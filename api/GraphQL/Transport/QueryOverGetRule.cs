using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>Refuses a mutation sent over GET, which must stay safe and cacheable.</summary>
public sealed class QueryOverGetRule : ValidationRuleBase
{
    public const string Refusal = "Mutations must be sent with POST.";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        context.Operation.Operation != OperationType.Mutation
            ? default
            : new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
                ctx.ReportError(new MutationOverGetError(ctx, operation))));

    public sealed class MutationOverGetError(ValidationContext context, GraphQLOperationDefinition operation)
        : ValidationError(context.Document.Source, "GET", Refusal, operation);
}
