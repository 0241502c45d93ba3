using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Informants;

/// <summary>
/// Per request: the values one level of the query asks for by row id, fetched together when the executor first awaits
/// one of them, so a page of informants or rewards costs one query, not one per row.
/// </summary>
public abstract class KeyedBatch<TValue>
{
    private readonly HashSet<long> pending = [];
    private readonly Dictionary<long, TValue> loaded = [];
    private Task? round;

    protected IDataLoaderResult<TValue> Load(long id)
    {
        if (!loaded.ContainsKey(id)) pending.Add(id);
        return new PendingResult<TValue>(async cancellationToken =>
        {
            if (pending.Count > 0)
            {
                var ids = pending.ToList();
                pending.Clear();
                round = FetchAsync(ids, cancellationToken);
            }
            if (!loaded.ContainsKey(id)) await round!;
            return loaded[id];
        });
    }

    private async Task FetchAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        foreach (var (id, value) in await FetchAsync(ids.ToHashSet(), cancellationToken)) loaded[id] = value;
    }

    /// <summary>The value of every id in <paramref name="ids"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<long, TValue>> FetchAsync(HashSet<long> ids,
        CancellationToken cancellationToken);
}

/// <summary>Informants' authorisation periods, from which their standing is computed.</summary>
public sealed class AuthorisationPeriodsLoader(GatewayDbContext db) : KeyedBatch<IReadOnlyList<(DateOnly, DateOnly)>>
{
    public IDataLoaderResult<IReadOnlyList<(DateOnly From, DateOnly Until)>> Load(Informant informant) =>
        Load(informant.Id);

    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<(DateOnly, DateOnly)>>> FetchAsync(
        HashSet<long> ids, CancellationToken cancellationToken)
    {
        var periods = (await db.Set<InformantAuthorisation>().Where(a => ids.Contains(a.InformantId))
                .Select(a => new { a.InformantId, a.ValidFrom, a.ValidUntil }).ToListAsync(cancellationToken))
            .ToLookup(a => a.InformantId, a => (a.ValidFrom, a.ValidUntil));
        return ids.ToDictionary(id => id, IReadOnlyList<(DateOnly, DateOnly)> (id) => [.. periods[id]]);
    }
}

/// <summary>Rewards' amount and status, from their ledger entries.</summary>
public sealed class RewardLedgerLoader(GatewayDbContext db) : KeyedBatch<RewardLedger>
{
    public IDataLoaderResult<RewardLedger> Load(Reward reward) => Load(reward.Id);

    protected override async Task<IReadOnlyDictionary<long, RewardLedger>> FetchAsync(HashSet<long> ids,
        CancellationToken cancellationToken)
    {
        var entries = (await db.Set<RewardEntry>().Where(e => ids.Contains(e.RewardId))
                .Select(e => new { e.RewardId, e.Kind, e.Amount }).ToListAsync(cancellationToken))
            .ToLookup(e => e.RewardId, e => (e.Kind, e.Amount));
        return ids.ToDictionary(id => id, id => RewardLedger.Of(entries[id]));
    }
}
