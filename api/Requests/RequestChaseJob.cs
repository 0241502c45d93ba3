using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Requests;

/// <summary>
/// Raises the automatic chase (催办) of every request whose deadline has passed while the department has not replied:
/// one per request and deadline, so a deadline moved by an extension is chased again when it passes too. The unique
/// index on automatic chases refuses a second one, which a run that lost the race lets go, so runs may repeat or
/// overlap.
/// </summary>
public sealed class RequestChaseJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RequestOptions> options,
    ILogger<RequestChaseJob> logger) : BackgroundService
{
    public const string Actor = "system";
    public const string AutomaticNote = "已超过办理时限,系统自动催办。";

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

    private static Task<bool> ChasedAsync(GatewayDbContext db, long requestId, DateTime deadline,
        CancellationToken cancellationToken) =>
        db.RequestChases.AnyAsync(c => c.RequestId == requestId && c.Automatic && c.Deadline == deadline,
            cancellationToken);

    /// <summary>Raises the chases due now; returns how many were new.</summary>
    public async Task<int> RaiseChasesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ServiceRequests
            .Where(r => r.Deadline < now && !ServiceRequest.Answered.Contains(r.Stage)
                && !db.RequestChases.Any(c => c.RequestId == r.Id && c.Automatic && c.Deadline == r.Deadline))
            .Select(r => new { r.Id, r.OwnerUnitId, Deadline = r.Deadline!.Value })
            .ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var request in due)
        {
            var chase = new RequestChase
            {
                OwnerUnitId = request.OwnerUnitId, RequestId = request.Id, ChasedAt = now, ChasedBy = Actor,
                Automatic = true, Deadline = request.Deadline, Note = AutomaticNote,
            };
            db.Add(chase);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                raised++;
            }
            catch (DbUpdateException)
            {
                db.Entry(chase).State = EntityState.Detached;
                // Another run raised it between the read and this insert, and the unique index kept it to one.
                if (!await ChasedAsync(db, request.Id, request.Deadline, cancellationToken)) throw;
            }
        }
        return raised;
    }
}
