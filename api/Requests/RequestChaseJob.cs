using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Requests;

/// <summary>
/// Raises the automatic chase (催办) of every request whose deadline has passed while the department has not replied:
/// one per request and deadline, so a deadline moved by an extension is chased again when it passes too. Runs may
/// repeat or overlap: each reads and writes inside one audited transaction, and a unique index on automatic chases
/// stands behind that.
/// </summary>
public sealed class RequestChaseJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RequestOptions> options,
    ILogger<RequestChaseJob> logger) : BackgroundService
{
    public const string Actor = "system";
    public const string AutomaticNote = "已超过办理时限,系统自动催办。";
    public const string AuditOperation = "job:raiseRequestChases";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ChaseIntervalMinutes == 0) return;
        var interval = TimeSpan.FromMinutes(options.Value.ChaseIntervalMinutes);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var raised = await RaiseChasesAsync(stoppingToken);
                if (raised > 0) logger.LogInformation("Raised {Count} automatic chases.", raised);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed round (a locked database, say) must not end chasing for the life of the process.
                logger.LogError(e, "Raising chases failed; the next round runs in {Interval}.", interval);
            }
        }
    }

    /// <summary>Raises the chases due now, with one audit record naming them; returns how many were new.</summary>
    public async Task<int> RaiseChasesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        // A retry after a transient failure (PostgreSQL) reads and raises the chases again, in a new transaction.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            // Read inside the audited transaction, which holds the chain's writer and the database's write lock: an
            // overlapping run waits here and then finds the chases this one raised.
            await using var transaction = await scope.ServiceProvider.GetRequiredService<AuditLog>()
                .BeginTransactionAsync(db, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var chases = await db.ServiceRequests
                .Where(ServiceRequest.OverdueAt(now))
                .Where(r => !db.RequestChases.Any(c => c.RequestId == r.Id && c.Automatic && c.Deadline == r.Deadline))
                .Select(r => new RequestChase
                {
                    OwnerUnitId = r.OwnerUnitId, RequestId = r.Id, ChasedAt = now, ChasedBy = Actor, Automatic = true,
                    Deadline = r.Deadline!.Value, Note = AutomaticNote,
                })
                .ToListAsync(cancellationToken);
            if (chases.Count == 0) return 0;
            db.AddRange(chases);
            await db.SaveChangesAsync(cancellationToken);
            // Each chase is the moment its request fell overdue: outside systems hear of it in the same transaction.
            await scope.ServiceProvider.GetRequiredService<IOutbox>().WriteAsync(db,
                [.. chases.Select(c => new OutgoingEvent(OutgoingEventTypes.RequestOverdue, c))], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.AppendAsync(new AuditEntry(AuditOperation, AuditOutcome.Succeeded,
                [.. chases.Select(c => GlobalId.Encode(nameof(RequestChase), c.Id))]), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return chases.Count;
        });
    }
}
