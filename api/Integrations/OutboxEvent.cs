using Gateway.Api.Data;

namespace Gateway.Api.Integrations;

/// <summary>
/// An event written in the transaction of the change it tells of (the transactional outbox). Owned by the unit the
/// event happened in, so only subscriptions whose scope covers that unit hear of it. The delivery worker fans it out to
/// one <see cref="WebhookDelivery"/> per matching subscription; the row stays as the record of what was sent.
/// </summary>
public sealed class OutboxEvent : TenantOwnedEntity, IVersioned
{
    /// <summary>The id receivers de-duplicate by (<c>webhook-id</c>): the same on every attempt and replay.</summary>
    public Guid EventId { get; set; }
    public string Type { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    /// <summary>The event's fields with the permission each needs (<see cref="EventField"/>), as JSON; each subscriber
    /// gets those its client may read.</summary>
    public string Fields { get; set; } = "";
    /// <summary>Set once the deliveries to the subscriptions of the moment have been made.</summary>
    public bool FannedOut { get; set; }
    public int Version { get; set; }
}
