using Gateway.Api.Data;
using Gateway.Api.Data.Replicas;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// Sends a query's reads to the read replica, when one is configured (<see cref="ReplicaReads"/> decides whether it
/// may answer): once the document is parsed and validated the operation's type is known, and the request's context
/// has not yet run a statement of the operation. Mutations, and everything outside an operation, stay on the primary.
/// The HTTP endpoint adds this to its executions; subscriptions and the WebSocket's operations stay on the primary.
/// </summary>
public sealed class ReplicaReadRouting : IDocumentExecutionListener
{
    public static readonly ReplicaReadRouting Instance = new();

    private ReplicaReadRouting()
    {
    }

    public Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult) =>
        Task.CompletedTask;

    public Task BeforeExecutionAsync(IExecutionContext context) =>
        context.Operation.Operation == OperationType.Query
        && context.RequestServices!.GetService<ReplicaReads>() is { } replica
            ? replica.RouteAsync(context.RequestServices!.GetRequiredService<GatewayDbContext>())
            : Task.CompletedTask;

    public Task AfterExecutionAsync(IExecutionContext context) => Task.CompletedTask;
}
