using System.Collections.Concurrent;
using Gateway.Api.Tenancy;
using NpgsqlTypes;

namespace Gateway.Api.Data.Replicas;

/// <summary>
/// Per caller (the client and the token's subject), the primary's WAL position after the caller's latest committed
/// write, until the replica has replayed past it: until then the caller reads from the primary and sees its own
/// writes. Kept in this instance's memory only.
/// </summary>
public sealed class CallerWritePositions
{
    private readonly ConcurrentDictionary<string, NpgsqlLogSequenceNumber> pending = new(StringComparer.Ordinal);

    /// <summary>Who writes and reads, or null for the system and for a scope no token filled.</summary>
    public static string? CallerOf(TenantScope scope) =>
        scope.IsSet && !scope.IsSystem ? $"{scope.ClientId}\n{scope.Actor}" : null;

    public void Remember(string caller, NpgsqlLogSequenceNumber position) =>
        pending.AddOrUpdate(caller, position, (_, held) => held > position ? held : position);

    public NpgsqlLogSequenceNumber? PendingFor(string caller) =>
        pending.TryGetValue(caller, out var position) ? position : null;

    /// <summary>Lets go of every write the replica has replayed.</summary>
    public void ForgetReplayed(NpgsqlLogSequenceNumber replayed)
    {
        foreach (var entry in pending)
            if (entry.Value <= replayed) pending.TryRemove(entry);
    }

    public int Count => pending.Count;
}
