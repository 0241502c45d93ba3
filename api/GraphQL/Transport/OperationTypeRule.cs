using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>Selecting an operation whose root type the schema does not define, or one the transport does not carry
/// (subscriptions over HTTP, queries and mutations over WebSocket), is a request error, not an execution
/// error.</summary>
public sealed class OperationTypeRule : ValidationRuleBase
{
    public const string Code = "OPERATION";

    public static readonly OperationTypeRule OverHttp = new(overWebSocket: false);
    public static readonly OperationTypeRule OverWebSocket = new(overWebSocket: true);

    private readonly bool overWebSocket;

    private OperationTypeRule(bool overWebSocket) => this.overWebSocket = overWebSocket;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        var defined = operation.Operation switch
        {
            OperationType.Query => context.Schema.Query is not null,
            OperationType.Mutation => context.Schema.Mutation is not null,
            _ => context.Schema.Subscription is not null,
        };
        var isSubscription = operation.Operation == OperationType.Subscription;
        var refusal = !defined
            ? $"This service does not support {operation.Operation.ToString().ToLowerInvariant()} operations."
            : isSubscription && !overWebSocket
                ? "Subscriptions are served over WebSocket: connect to /graphql with the graphql-transport-ws protocol."
                : !isSubscription && overWebSocket
                    ? "Only subscriptions are served over WebSocket: send queries and mutations to /graphql over HTTP."
                    : null;
        if (refusal is not null)
            context.ReportError(new ValidationError(context.Document.Source, Code, refusal, operation));
        return default;
    }
}
