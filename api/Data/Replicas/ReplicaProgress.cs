using Npgsql;
using NpgsqlTypes;

namespace Gateway.Api.Data.Replicas;

/// <summary>
/// What the replica has replayed and how far behind the primary it is, as last read from it. A read is shared by every
/// request that asks while it runs, and kept until a request needs a younger one, so requests do not each ask the
/// replica.
/// </summary>
public sealed class ReplicaProgress(NpgsqlDataSource replica, CallerWritePositions writes, TimeProvider clock)
    : IAsyncDisposable
{
    /// <summary>An unreachable replica is asked again after this long, not by every request meanwhile.</summary>
    public static readonly TimeSpan UnreachableRecheck = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The position replayed and the lag in seconds: none while the standby has replayed all it received and is still
    /// streaming from the primary; else the time since the last transaction it replayed (growing while replay is paused
    /// or the stream is cut).
    /// </summary>
    private const string Query = """
        SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn(),
               CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
                         AND EXISTS (SELECT FROM pg_stat_wal_receiver) THEN 0
                    ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 END
        """;

    private readonly Lock gate = new();
    private Observation? last;
    private Task<Observation>? reading;

    /// <summary>The replica's state, read at most <paramref name="maxAge"/> ago.</summary>
    public Task<Observation> ObserveAsync(TimeSpan maxAge)
    {
        lock (gate)
        {
            if (last is { } seen
                && clock.GetElapsedTime(seen.At) <= (seen.Problem is null ? maxAge : UnreachableRecheck))
                return Task.FromResult(seen);
            if (reading is null || reading.IsCompleted) reading = ReadAsync();
            return reading;
        }
    }

    private async Task<Observation> ReadAsync()
    {
        var at = clock.GetTimestamp();
        Observation observation;
        try
        {
            await using var command = replica.CreateCommand(Query);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            observation = !reader.GetBoolean(0)
                ? new Observation(at, null, null, "it is not a standby (pg_is_in_recovery() is false)")
                : reader.IsDBNull(1)
                    ? new Observation(at, null, null, "it has replayed nothing yet")
                    : new Observation(at, reader.GetFieldValue<NpgsqlLogSequenceNumber>(1),
                        reader.IsDBNull(2) ? double.PositiveInfinity : reader.GetDouble(2), null);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            observation = new Observation(at, null, null, $"it cannot be reached ({e.Message})");
        }
        if (observation.Replayed is { } replayed) writes.ForgetReplayed(replayed);
        lock (gate) last = observation;
        return observation;
    }

    /// <summary>One reading of the replica: what it has replayed and how far it lags, or why it cannot serve
    /// reads.</summary>
    public sealed record Observation(long At, NpgsqlLogSequenceNumber? Replayed, double? LagSeconds, string? Problem)
    {
        public bool HasReplayed(NpgsqlLogSequenceNumber position) => Replayed >= position;
    }

    public ValueTask DisposeAsync() => replica.DisposeAsync();
}
