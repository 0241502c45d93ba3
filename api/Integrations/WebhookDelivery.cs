using System.ComponentModel;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Integrations;

public enum WebhookDeliveryStatus
{
    [ChineseName("待投递"), Description("Not yet acknowledged; the next attempt is due at `nextAttemptAt`.")]
    Pending,
    [ChineseName("已送达"), Description("The receiver answered 2xx.")]
    Delivered,
    [ChineseName("死信"), Description("Every attempt failed; replayed only on request (`replayWebhookDeliveries`).")]
    DeadLettered,
}

/// <summary>
/// One event on its way to one subscription: attempted until the receiver answers 2xx, on the configured back-off,
/// then dead-lettered. Owned by the subscription's unit. Instances claim a due delivery by writing
/// <see cref="LockedUntil"/> under the version read, so two never post it at once, and one that dies mid-attempt leaves
/// it to be retried when the lease runs out.
/// </summary>
public sealed class WebhookDelivery : TenantOwnedEntity, IVersioned
{
    public const int LastErrorMaxLength = 500;

    public long OutboxEventId { get; set; }
    public OutboxEvent? OutboxEvent { get; set; }
    public long SubscriptionId { get; set; }
    public WebhookSubscription? Subscription { get; set; }
    public WebhookDeliveryStatus Status { get; set; }
    /// <summary>Attempts since it was queued or last replayed.</summary>
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public int Version { get; set; }
}
