using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Registry;

/// <summary>
/// Residents, houses and units follow their standard address when a split or a merge moves it to another grid; rows
/// without an address the caller can read go to the grid the command names. One UPDATE per table and case, under the
/// tenant filter.
/// </summary>
public sealed class RegistryFollowsGridSuccession : IGridRowsFollowAddresses
{
    public async Task FollowAsync(MutationContext context, long fromGridId, long fallbackGridId,
        CancellationToken cancellationToken)
    {
        var db = context.Db;
        await db.Residents.Where(r => r.GridId == fromGridId && db.StandardAddresses.Any(a => a.Id == r.AddressId))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.GridId,
                r => db.StandardAddresses.Where(a => a.Id == r.AddressId).Select(a => a.GridId).First()),
                cancellationToken);
        await db.Residents.Where(r => r.GridId == fromGridId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.GridId, fallbackGridId), cancellationToken);
        await db.Houses.Where(h => h.GridId == fromGridId && db.StandardAddresses.Any(a => a.Id == h.AddressId))
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.GridId,
                h => db.StandardAddresses.Where(a => a.Id == h.AddressId).Select(a => a.GridId).First()),
                cancellationToken);
        await db.Houses.Where(h => h.GridId == fromGridId)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.GridId, fallbackGridId), cancellationToken);
        await db.RegisteredUnits
            .Where(u => u.GridId == fromGridId && db.StandardAddresses.Any(a => a.Id == u.AddressId))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.GridId,
                u => db.StandardAddresses.Where(a => a.Id == u.AddressId).Select(a => a.GridId).First()),
                cancellationToken);
        await db.RegisteredUnits.Where(u => u.GridId == fromGridId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.GridId, fallbackGridId), cancellationToken);
    }
}
