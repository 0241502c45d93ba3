using System.Text.Json;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Integrations;

/// <summary>Writes raised events as <see cref="OutboxEvent"/> rows of the change's own context and
/// transaction.</summary>
public sealed class Outbox(TimeProvider clock) : IOutbox
{
    public async Task WriteAsync(GatewayDbContext db, IReadOnlyList<OutgoingEvent> events,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in events)
        {
            if (OutgoingEventCatalogue.Find(e.Type) is null)
                throw new InvalidOperationException($"{e.Type} is not in the event catalogue.");
            var facts = await OutgoingEventCatalogue.FactsOfAsync(db, e, cancellationToken);
            db.Add(new OutboxEvent
            {
                EventId = Guid.CreateVersion7(clock.GetUtcNow()), Type = e.Type, OccurredAt = now,
                OwnerUnitId = facts.UnitId, Fields = JsonSerializer.Serialize(facts.Fields),
            });
        }
    }
}

/// <summary>How far behind delivery is, for the readiness check: an outbox whose oldest undelivered event keeps
/// ageing is stuck.</summary>
public interface IOutboxHealth
{
    /// <summary>The age of the oldest event not yet fanned out or of the oldest pending delivery; null when nothing
    /// waits.</summary>
    Task<TimeSpan?> OldestUndeliveredAgeAsync(CancellationToken cancellationToken);
}

public sealed class OutboxHealth(IServiceScopeFactory scopes, TimeProvider clock) : IOutboxHealth
{
    public async Task<TimeSpan?> OldestUndeliveredAgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Tenancy.TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var oldestEvent = await db.Set<OutboxEvent>().Where(e => !e.FannedOut)
            .MinAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
        var oldestDelivery = await db.Set<WebhookDelivery>().Where(d => d.Status == WebhookDeliveryStatus.Pending)
            .Select(d => (DateTime?)d.OutboxEvent!.OccurredAt).MinAsync(cancellationToken);
        var oldest = new[] { oldestEvent, oldestDelivery }.Where(t => t is not null).Min();
        return oldest is { } at ? clock.GetUtcNow().UtcDateTime - at : null;
    }
}
