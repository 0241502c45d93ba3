using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Informants;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Integrations;

/// <summary>The subject of an <c>informant.authorisation-lapsing</c> event: the period about to end, and who controls
/// the informant on the day the notice goes out.</summary>
public sealed record AuthorisationLapsing(long AuthorisationId, long InformantId, long OwnerUnitId,
    DateOnly ValidUntil, long ControllerId);

/// <summary>
/// Tells an informant's controller that its authorisation (授权期) lapses: once per period, when the period's last day
/// is at most <see cref="LapsingNoticeOptions.LapsingNoticeDays"/> county days away and no renewal covers the day
/// after it. The outbox is the record of notices given: a period whose notice is there is not raised again, however
/// often the job runs, and overlapping runs wait for each other inside the audited transaction.
/// </summary>
public sealed class AuthorisationLapsingJob(IServiceScopeFactory scopes, TimeProvider clock,
    IOptions<LapsingNoticeOptions> options, ILogger<AuthorisationLapsingJob> logger) : BackgroundService
{
    public const string AuditOperation = "job:raiseAuthorisationLapsing";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.LapsingCheckMinutes == 0) return;
        var interval = TimeSpan.FromMinutes(options.Value.LapsingCheckMinutes);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var raised = await RaiseNoticesAsync(stoppingToken);
                if (raised > 0) logger.LogInformation("Raised {Count} authorisation lapsing notices.", raised);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Raising lapsing notices failed; the next round runs in {Interval}.", interval);
            }
        }
    }

    /// <summary>Raises the notices due on the county's day now; returns how many were new.</summary>
    public async Task<int> RaiseNoticesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .BeginTransactionAsync(db, cancellationToken);
        var today = CountyCalendar.Today(clock);
        var lastNoticeDay = today.AddDays(options.Value.LapsingNoticeDays);
        var lapsing = await db.InformantAuthorisations
            .Where(a => a.ValidUntil >= today && a.ValidUntil <= lastNoticeDay
                && (a.Informant!.DeactivatedOn == null || a.Informant.DeactivatedOn > today)
                && !db.InformantAuthorisations.Any(next => next.InformantId == a.InformantId
                    && next.ValidFrom <= a.ValidUntil.AddDays(1) && next.ValidUntil > a.ValidUntil))
            .Select(a => new
            {
                a.Id, a.InformantId, a.OwnerUnitId, a.ValidUntil,
                ControllerId = db.InformantHandlings
                    .Where(h => h.InformantId == a.InformantId && h.Role == HandlingRole.Controller && h.From <= today
                        && (h.To == null || h.To >= today))
                    .Select(h => (long?)h.PersonId).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        if (lapsing.Count == 0) return 0;

        var noticed = await NoticedAuthorisationsAsync(db, today, cancellationToken);
        var due = lapsing.Where(a => a.ControllerId is not null && !noticed.Contains(a.Id))
            .Select(a => new AuthorisationLapsing(a.Id, a.InformantId, a.OwnerUnitId, a.ValidUntil,
                a.ControllerId!.Value))
            .ToList();
        foreach (var orphan in lapsing.Where(a => a.ControllerId is null))
            logger.LogWarning("Informant {Informant}'s authorisation lapses on {Day} and it has no controller to tell.",
                orphan.InformantId, orphan.ValidUntil);
        if (due.Count == 0) return 0;
        await scope.ServiceProvider.GetRequiredService<IOutbox>().WriteAsync(db,
            [.. due.Select(d => new OutgoingEvent(OutgoingEventTypes.InformantAuthorisationLapsing, d))],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.AppendAsync(new AuditEntry(AuditOperation, AuditOutcome.Succeeded,
            [.. due.Select(d => GlobalId.Encode(nameof(InformantAuthorisation), d.AuthorisationId))]),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>The authorisations whose lapsing notice the outbox holds: raised, at the earliest, the notice period
    /// before the last day of a period that has not ended yet.</summary>
    private async Task<HashSet<long>> NoticedAuthorisationsAsync(GatewayDbContext db, DateOnly today,
        CancellationToken cancellationToken)
    {
        var since = CountyCalendar.StartOf(today.AddDays(-options.Value.LapsingNoticeDays - 1));
        var notices = await db.Set<OutboxEvent>()
            .Where(e => e.Type == OutgoingEventTypes.InformantAuthorisationLapsing && e.OccurredAt >= since)
            .Select(e => e.Fields).ToListAsync(cancellationToken);
        return
        [
            .. notices.SelectMany(OutgoingEventCatalogue.FieldsOf)
                .Where(f => f.Name == OutgoingEventCatalogue.AuthorisationField)
                .Select(f => GlobalId.TryDecode(f.Value?.GetValue<string>(), out _, out var id) ? id : 0),
        ];
    }
}
