using System.Diagnostics;
using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.Operations;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Integrations;

/// <summary>
/// Delivers the outbox: fans each new event out to the active subscriptions whose scope covers the event's unit and
/// whose client may receive its type, then posts each due delivery, signed, with the fields the client may read. A
/// delivery stays pending until the receiver answers 2xx (at least once: a crash anywhere before that retries it),
/// waits out the back-off between failures, and is dead-lettered after the last attempt. Instances coordinate through
/// the database alone: fanning out and claiming are writes checked against the version read.
/// </summary>
public sealed class WebhookDeliveryWorker(IServiceScopeFactory scopes, IHttpClientFactory httpClients,
    TimeProvider clock, IOptions<WebhookOptions> options, GatewayTelemetry telemetry,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";

    private WebhookOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Options.PollSeconds == 0) return;
        var interval = TimeSpan.FromSeconds(Options.PollSeconds);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A locked database or a failing round must not end delivery for the life of the process.
                logger.LogError(e, "A webhook delivery round failed; the next runs in {Interval}.", interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: fans out the new events and attempts the deliveries due now; returns how many were
    /// attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await FanOutAsync(db, cancellationToken);
        var attempted = 0;
        foreach (var delivery in await ClaimDueAsync(db, cancellationToken))
        {
            await AttemptAsync(db, delivery, cancellationToken);
            attempted++;
        }
        return attempted;
    }

    private async Task FanOutAsync(GatewayDbContext db, CancellationToken cancellationToken)
    {
        var events = await db.Set<OutboxEvent>().Where(e => !e.FannedOut).OrderBy(e => e.Id)
            .Take(Options.BatchSize).ToListAsync(cancellationToken);
        if (events.Count == 0) return;
        var subscriptions = await db.Set<WebhookSubscription>()
            .Where(s => s.Active && s.ApiClient!.RevokedAt == null)
            .Select(s => new { s.Id, s.OwnerUnitId, s.OwnerPath, s.EventTypes, s.ApiClient!.Roles })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in events)
        {
            // An event addressed to one person is for subscriptions over WebSocket only.
            var receivePermission = OutgoingEventCatalogue.Find(e.Type) is { OverWebhooks: true } kind
                ? kind.ReceivePermission
                : null;
            foreach (var subscription in subscriptions.Where(s => s.EventTypes.Contains(e.Type)
                         && e.OwnerPath.StartsWith(s.OwnerPath, StringComparison.Ordinal)
                         && receivePermission is not null && Roles.PermissionsOf(s.Roles).Contains(receivePermission)))
                db.Add(new WebhookDelivery
                {
                    OutboxEventId = e.Id, SubscriptionId = subscription.Id, OwnerUnitId = subscription.OwnerUnitId,
                    Status = WebhookDeliveryStatus.Pending, NextAttemptAt = now,
                });
            e.FannedOut = true;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance fanned this event out first (its version moved, or the deliveries exist).
                db.ChangeTracker.Clear();
            }
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>The due deliveries this instance now holds the lease of; one another instance claimed in between is
    /// left to it.</summary>
    private async Task<List<WebhookDelivery>> ClaimDueAsync(GatewayDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<WebhookDelivery>()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                && (d.LockedUntil == null || d.LockedUntil <= now))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(Options.BatchSize).ToListAsync(cancellationToken);
        var claimed = new List<WebhookDelivery>();
        foreach (var delivery in due)
        {
            delivery.LockedUntil = now.AddSeconds(Options.LeaseSeconds);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                claimed.Add(delivery);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.Entry(delivery).State = EntityState.Detached;
            }
        }
        return claimed;
    }

    private async Task AttemptAsync(GatewayDbContext db, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var target = await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id)
            .Select(d => new
            {
                d.OutboxEvent!.EventId, d.OutboxEvent.Type, d.OutboxEvent.OccurredAt, d.OutboxEvent.Fields,
                d.Subscription!.Url, d.Subscription.SigningSecret, d.Subscription.ApiClient!.Roles,
            })
            .SingleAsync(cancellationToken);
        var body = Body(target.Type, target.OccurredAt, target.Fields, Roles.PermissionsOf(target.Roles));
        var id = target.EventId.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSigning.IdHeader, id);
        request.Headers.Add(WebhookSigning.TimestampHeader, timestamp.ToString());
        request.Headers.Add(WebhookSigning.SignatureHeader, WebhookSigning.Sign(target.SigningSecret, id, timestamp,
            body));

        int? status = null;
        string? error = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Options.TimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request,
                HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode) error = $"HTTP {status} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"No answer within {Options.TimeoutSeconds} s.";
        }
        catch (HttpRequestException e)
        {
            error = e.HttpRequestError + ": " + e.Message;
        }
        telemetry.WebhookDeliveryDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        Record(delivery, status, error);
        await db.SaveChangesAsync(cancellationToken);
        telemetry.WebhookDeliveries.Add(1, new("event.type", target.Type), new("gateway.outcome",
            delivery.Status switch
            {
                WebhookDeliveryStatus.Delivered => "delivered",
                WebhookDeliveryStatus.DeadLettered => "dead-lettered",
                _ => "retrying",
            }));
        if (error is not null)
            logger.LogWarning("Webhook delivery {Delivery} of event {EventId} failed (attempt {Attempt}): {Error}",
                delivery.Id, id, delivery.Attempts, error);
    }

    private void Record(WebhookDelivery delivery, int? status, string? error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        delivery.Attempts++;
        (delivery.LastAttemptAt, delivery.LastStatusCode, delivery.LockedUntil) = (now, status, null);
        delivery.LastError = error is null ? null : error[..Math.Min(error.Length, WebhookDelivery.LastErrorMaxLength)];
        if (error is null)
            (delivery.Status, delivery.DeliveredAt) = (WebhookDeliveryStatus.Delivered, now);
        else if (delivery.Attempts > Options.RetrySchedule.Count)
            delivery.Status = WebhookDeliveryStatus.DeadLettered;
        else
            delivery.NextAttemptAt = now.AddSeconds(Options.RetrySchedule[delivery.Attempts - 1]
                * (1 + Random.Shared.NextDouble() * Options.Jitter));
    }

    /// <summary>The body a subscriber gets: <c>{ type, timestamp, data }</c> as the standard lays it out, the data
    /// holding the fields whose permission the client holds (<see cref="OutgoingEventCatalogue.DataFor"/>).</summary>
    public static string Body(string type, DateTime occurredAt, string fields, IReadOnlySet<string> permissions) =>
        new JsonObject
        {
            ["type"] = type, ["timestamp"] = OutgoingEventCatalogue.Time(occurredAt),
            ["data"] = OutgoingEventCatalogue.DataFor(OutgoingEventCatalogue.FieldsOf(fields), permissions),
        }.ToJsonString();
}
