using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>Selecting an operation whose root type the schema does not define is a request error, not an execution
/// error.</summary>
public sealed class OperationTypeRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        var defined = operation.Operation switch
        {
            OperationType.Query => context.Schema.Query is not null,
            OperationType.Mutation => context.Schema.Mutation is not null,
            _ => context.Schema.Subscription is not null,
        };
        if (!defined)
            context.ReportError(new ValidationError(context.Document.Source, "OPERATION",
                $"This service does not support {operation.Operation.ToString().ToLowerInvariant()} operations.",
                operation));
        return default;
    }
}
