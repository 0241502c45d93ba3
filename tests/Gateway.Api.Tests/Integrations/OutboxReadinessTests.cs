using Gateway.Api.Integrations;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Tests.Integrations;

/// <summary>/readyz counts the webhook worker falling behind (an event not fanned out, a delivery due and not
/// attempted), not a receiver that keeps failing and waits for its back-off.</summary>
public sealed class OutboxReadinessTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Fact]
    public async Task The_lag_is_the_oldest_event_not_fanned_out_and_a_delivery_waiting_for_its_back_off_is_none()
    {
        var now = DateTime.UtcNow;
        await factory.WithDbAsync(async db =>
        {
            // The seeded dead letter and any delivery whose next attempt is ahead are not behind.
            await db.Set<WebhookDelivery>()
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.NextAttemptAt, now.AddHours(1)));
            await db.Set<OutboxEvent>().ExecuteUpdateAsync(e => e.SetProperty(x => x.FannedOut, true));
            return 0;
        });
        var outbox = factory.Services.GetRequiredService<IOutboxHealth>();
        Assert.Null(await outbox.LagAsync(CancellationToken.None));

        var unit = await factory.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "nanjing")
            .Select(u => new { u.Id, u.Path }).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            db.Set<OutboxEvent>().Add(new OutboxEvent
            {
                EventId = Guid.NewGuid(), Type = "grid-worker.posted", OccurredAt = now.AddMinutes(-10), Fields = "[]",
                OwnerUnitId = unit.Id, OwnerPath = unit.Path,
            });
            return await db.SaveChangesAsync();
        });

        var lag = await outbox.LagAsync(CancellationToken.None);
        Assert.InRange(lag!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(11));
    }

    [Theory]
    [InlineData(600, 2, HealthStatus.Unhealthy)]
    [InlineData(60, 2, HealthStatus.Healthy)]
    [InlineData(null, 2, HealthStatus.Healthy)]
    [InlineData(600, 0, HealthStatus.Healthy)]
    public async Task Ready_while_the_worker_keeps_up_or_delivery_is_off(int? lagSeconds, double pollSeconds,
        HealthStatus expected)
    {
        var check = new OutboxReadiness(new FixedLag(lagSeconds is { } s ? TimeSpan.FromSeconds(s) : null),
            Options.Create(new WebhookOptions { PollSeconds = pollSeconds, StuckAfterSeconds = 300 }));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(expected, result.Status);
    }

    private sealed class FixedLag(TimeSpan? lag) : IOutboxHealth
    {
        public Task<TimeSpan?> LagAsync(CancellationToken cancellationToken) => Task.FromResult(lag);
    }
}
