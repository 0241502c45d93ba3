using System.Text.Json;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

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

/// <summary>How far behind the delivery worker is: an event it has not fanned out to the subscriptions, or a delivery
/// due and not attempted. A receiver that keeps failing is not the worker falling behind: its next attempt waits for
/// the back-off.</summary>
public interface IOutboxHealth
{
    /// <summary>How long the oldest such work has waited; null when none waits.</summary>
    Task<TimeSpan?> LagAsync(CancellationToken cancellationToken);
}

public sealed class OutboxHealth(IServiceScopeFactory scopes, TimeProvider clock) : IOutboxHealth
{
    public async Task<TimeSpan?> LagAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Tenancy.TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var oldestEvent = await db.Set<OutboxEvent>().Where(e => !e.FannedOut)
            .MinAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
        var oldestDue = await db.Set<WebhookDelivery>()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .MinAsync(d => (DateTime?)d.NextAttemptAt, cancellationToken);
        var oldest = new[] { oldestEvent, oldestDue }.Where(t => t is not null).Min();
        return oldest is { } at ? now - at : null;
    }
}

/// <summary>Not ready while the delivery worker lags more than <see cref="WebhookOptions.StuckAfterSeconds"/>: events
/// pile up unsent (a stopped worker, a database it cannot write). With delivery off
/// (<see cref="WebhookOptions.PollSeconds"/> 0) the outbox only fills, by configuration.</summary>
public sealed class OutboxReadiness(IOutboxHealth outbox, IOptions<WebhookOptions> options) : IHealthCheck
{
    public const string Name = "outbox";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        if (options.Value.PollSeconds == 0) return HealthCheckResult.Healthy();
        var lag = await outbox.LagAsync(cancellationToken);
        return lag > TimeSpan.FromSeconds(options.Value.StuckAfterSeconds)
            ? HealthCheckResult.Unhealthy("Webhook deliveries are not being made.")
            : HealthCheckResult.Healthy();
    }
}
