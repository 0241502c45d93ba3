using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Registry;

/// <summary>
/// Residents, houses and units follow their standard address when a split or a merge moves it to another grid; rows
/// without an address in the grid go to the grid the command names. Each record moved, and each address, gets a
/// "moved" revision and a new version, as a move by hand would.
/// </summary>
public sealed class RegistryFollowsGridSuccession(TimeProvider clock) : IGridRowsFollowAddresses
{
    public async Task FollowAsync(MutationContext context, long fromGridId, long fallbackGridId,
        CancellationToken cancellationToken)
    {
        var db = context.Db;
        var gridOfAddress = db.StandardAddresses.Local.ToDictionary(a => a.Id, a => a.GridId);
        var now = clock.GetUtcNow().UtcDateTime;
        await FollowAsync(db.Residents, fromGridId, fallbackGridId, gridOfAddress, now, cancellationToken);
        await FollowAsync(db.Houses, fromGridId, fallbackGridId, gridOfAddress, now, cancellationToken);
        await FollowAsync(db.RegisteredUnits, fromGridId, fallbackGridId, gridOfAddress, now, cancellationToken);
        RegistryRevisions.Record(db, RevisionReason.Moved, context.Caller.Actor, now);
    }

    private static async Task FollowAsync<TRecord>(IQueryable<TRecord> records, long fromGridId, long fallbackGridId,
        IReadOnlyDictionary<long, long> gridOfAddress, DateTime now, CancellationToken cancellationToken)
        where TRecord : TenantOwnedEntity, IRegistryRecord
    {
        foreach (var record in await records.Where(r => r.GridId == fromGridId).ToListAsync(cancellationToken))
        {
            record.GridId = record.AddressId is { } address && gridOfAddress.TryGetValue(address, out var grid)
                ? grid : fallbackGridId;
            // Nobody checked the record: it is updated, not verified.
            record.UpdatedAt = now;
        }
    }
}
