using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Integrations;

public sealed class WebhookQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<WebhookSubscription>("webhookSubscriptions",
            "Webhook subscriptions of the clients of the caller's unit and the units below it, paused ones included.",
            db => db.Set<WebhookSubscription>());
        query.Connection<WebhookDelivery>("webhookDeadLetters",
            "Deliveries whose every attempt failed (死信), with their last status and error: queue them again with "
            + "replayWebhookDeliveries.",
            db => db.Set<WebhookDelivery>().Where(d => d.Status == WebhookDeliveryStatus.DeadLettered));
    }
}
