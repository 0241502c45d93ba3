using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Data.Replicas;

/// <summary>
/// Points a request's context at the read replica when the replica may answer it: reachable, within
/// <see cref="ReplicaOptions.MaxLagSeconds"/>, and past the caller's own latest write, so a caller always reads what
/// it wrote. Otherwise the context stays on the primary, and a warning says so at most once a minute.
/// </summary>
public sealed class ReplicaReads(string replicaConnectionString, ReplicaProgress progress,
    CallerWritePositions writes, IOptions<ReplicaOptions> options, TimeProvider clock, ILogger<ReplicaReads> logger)
{
    /// <summary>How old a reading of the replica may be for a caller with no write pending: the lag bound is coarse,
    /// and one reading a second serves every request.</summary>
    public static readonly TimeSpan LagCheckInterval = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);

    private readonly TimeSpan positionCache = TimeSpan.FromMilliseconds(options.Value.PositionCacheMilliseconds);
    private readonly double maxLagSeconds = options.Value.MaxLagSeconds;
    private long lastWarning = long.MinValue;

    /// <summary>Sends the rest of <paramref name="db"/>'s work to the replica if it may answer; true when it
    /// does. A context already holding a connection or a transaction stays where it is.</summary>
    public async Task<bool> RouteAsync(GatewayDbContext db)
    {
        if (db.Database.GetDbConnection().State != ConnectionState.Closed || db.Database.CurrentTransaction is not null)
            return false;
        var observation = await progress.ObserveAsync(LagCheckInterval);
        if (CallerWritePositions.CallerOf(db.Scope) is { } caller && writes.PendingFor(caller) is { } written
            && !observation.HasReplayed(written))
        {
            // Only a caller that has just written waits for a fresh reading, and only when the last one is behind.
            observation = await progress.ObserveAsync(positionCache);
            if (!observation.HasReplayed(written)) return false;
        }
        if (Refusal(observation) is { } refusal)
        {
            WarnAtMostOnceAMinute(refusal);
            return false;
        }
        db.Database.SetConnectionString(replicaConnectionString);
        return true;
    }

    private string? Refusal(ReplicaProgress.Observation observation) =>
        observation.Problem ?? (observation.LagSeconds > maxLagSeconds
            ? $"it lags {observation.LagSeconds:F0} s behind the primary, beyond {maxLagSeconds:F0} s "
                + $"({ReplicaOptions.Section}:{nameof(ReplicaOptions.MaxLagSeconds)})"
            : null);

    private void WarnAtMostOnceAMinute(string refusal)
    {
        var now = clock.GetTimestamp();
        var previous = Interlocked.Read(ref lastWarning);
        if (previous != long.MinValue && clock.GetElapsedTime(previous, now) < WarningInterval) return;
        if (Interlocked.CompareExchange(ref lastWarning, now, previous) != previous) return;
        logger.LogWarning("Reads go to the primary: the read replica cannot serve them, as {Refusal}.", refusal);
    }
}
