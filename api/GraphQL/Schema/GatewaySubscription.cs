using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

public sealed class GatewaySubscription : ObjectGraphType
{
    public GatewaySubscription(IEnumerable<ISubscriptionFields> areas)
    {
        Name = "Subscription";
        Description = "Streams of events (事件订阅), over WebSocket only (graphql-transport-ws at /graphql).";
        foreach (var area in areas.OrderBy(a => a.GetType().Name, StringComparer.Ordinal)) area.AddTo(this);
    }
}
