using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Api.Operations;

/// <summary>
/// Gateway's own traces and metrics, beside those of ASP.NET Core, EF Core and the runtime. Tags name operations,
/// outcomes and machine clients, never a value a caller sent: no variables, no SQL parameters, no person.
/// </summary>
public sealed class GatewayTelemetry : IDisposable
{
    public const string Name = "Gateway";

    public ActivitySource Traces { get; } = new(Name);

    private readonly Meter meter;

    public GatewayTelemetry(IMeterFactory meters)
    {
        meter = meters.Create(Name);
        GraphQLOperations = meter.CreateCounter<long>("gateway.graphql.operations", "{operation}",
            "GraphQL operations run, by type, published name and outcome.");
        GraphQLCost = meter.CreateHistogram<double>("gateway.graphql.operation.cost", "{cost}",
            "Estimated cost of the GraphQL operations that passed validation.");
        GraphQLDuration = meter.CreateHistogram<double>("gateway.graphql.operation.duration", "s",
            "Time from a GraphQL operation's parse to its result.");
        TokenRequests = meter.CreateCounter<long>("gateway.token.requests", "{request}",
            "Requests to the token endpoint, by grant type and outcome.");
        WebhookDeliveries = meter.CreateCounter<long>("gateway.webhook.deliveries", "{attempt}",
            "Webhook delivery attempts, by event type and outcome (delivered, retrying, dead-lettered).");
        WebhookDeliveryDuration = meter.CreateHistogram<double>("gateway.webhook.delivery.duration", "s",
            "Time from a webhook delivery's request to its receiver's answer or the timeout.");
    }

    public Counter<long> GraphQLOperations { get; }
    public Histogram<double> GraphQLCost { get; }
    public Histogram<double> GraphQLDuration { get; }
    public Counter<long> TokenRequests { get; }
    public Counter<long> WebhookDeliveries { get; }
    public Histogram<double> WebhookDeliveryDuration { get; }

    public void Dispose()
    {
        Traces.Dispose();
        meter.Dispose();
    }
}
