using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Clients;
using GraphQL.Types;

namespace Gateway.Api.Integrations;

public sealed class WebhookSubscriptionType : EntityGraphType<WebhookSubscription>
{
    protected override void Define()
    {
        Name = "WebhookSubscription";
        Description = "Where a machine client is told of events (webhook 订阅): deliveries are posted to its URL, signed "
            + "with its secret the Standard Webhooks way. The secret is shown once, when made or rotated.";
        this.RequirePermission(Permissions.ClientsManage);
        RequiredReference<ApiClient>("client", s => s.ApiClientId,
            "The client it belongs to: it hears of events of the client's unit and below, with the fields the "
            + "client's roles may read.");
        Field(s => s.Url).Description("The receiver URL.");
        Field(s => s.EventTypes).Description("The event types it is told of, e.g. grid-worker.posted.");
        Field(s => s.Active).Description("False while paused: no new event is fanned out to it.");
        Field(s => s.CreatedAt).Description("When it was made.");
        Field(s => s.SecretRotatedAt, nullable: true).Description(
            "When its signing secret was last replaced; null if never.");
        Children<WebhookDelivery>("deliveries", d => d.SubscriptionId,
            "Its deliveries (投递), each with its status, attempts and last error.");
        Field(s => s.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}

public sealed class WebhookDeliveryType : EntityGraphType<WebhookDelivery>
{
    protected override void Define()
    {
        Name = "WebhookDelivery";
        Description = "One event on its way to one subscription (投递): retried with back-off until the receiver "
            + "answers 2xx, dead-lettered (死信) after the last attempt.";
        this.RequirePermission(Permissions.ClientsManage);
        RequiredReference<OutboxEvent>("event", d => d.OutboxEventId, "The event delivered.");
        RequiredReference<WebhookSubscription>("subscription", d => d.SubscriptionId, "The subscription it goes to.");
        Field(d => d.Status).Description("PENDING, DELIVERED or DEAD_LETTERED.");
        Field(d => d.Attempts).Description("Attempts since it was queued or last replayed.");
        Field(d => d.NextAttemptAt).Description("When the next attempt is due, while pending.");
        Field(d => d.LastAttemptAt, nullable: true).Description("When it was last attempted; null if never.");
        Field(d => d.LastStatusCode, nullable: true).Description(
            "The HTTP status the receiver last answered; null if it did not answer.");
        Field(d => d.LastError, nullable: true).Description("Why the last attempt failed; null after a success.");
        Field(d => d.DeliveredAt, nullable: true).Description("When the receiver acknowledged it.");
        Field(d => d.Version).Description("Raised by every change.");
    }
}

public sealed class OutboxEventType : EntityGraphType<OutboxEvent>
{
    protected override void Define()
    {
        Name = nameof(OutboxEvent);
        Description = "An event told to outside systems (对外事件), kept as it was raised.";
        this.RequirePermission(Permissions.ClientsManage);
        Field("eventId", e => e.EventId.ToString()).Description(
            "The id receivers de-duplicate by: the webhook-id header, the same on every attempt and replay.");
        Field(e => e.Type).Description("The event type, e.g. grid-worker.posted.");
        Field(e => e.OccurredAt).Description("When it happened.");
    }
}

public sealed class ReplayedWebhookDeliveriesType : ObjectGraphType<ReplayedWebhookDeliveries>
{
    public ReplayedWebhookDeliveriesType()
    {
        Name = "ReplayedWebhookDeliveries";
        Description = "The deliveries a replay queued again.";
        this.RequirePermission(Permissions.ClientsManage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryType>>>>("deliveries")
            .Description("The deliveries, pending again, in the order given.")
            .Resolve(ctx => ctx.Source.Deliveries);
    }
}
