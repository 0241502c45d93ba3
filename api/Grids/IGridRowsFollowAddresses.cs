using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Grids;

/// <summary>
/// Rows of the areas above Grids that lie at a standard address (residents, houses, units…): when a split or a
/// merge moves a grid's addresses to new grids, these follow, without Grids depending on those areas.
/// </summary>
public interface IGridRowsFollowAddresses
{
    /// <summary>Moves the rows of this area in grid <paramref name="fromGridId"/> to the grid of their address, and
    /// those without an address in it to <paramref name="fallbackGridId"/>. Called with the addresses' moves tracked
    /// in the context and not yet saved; the follower records them with its own rows when it keeps their
    /// history.</summary>
    Task FollowAsync(MutationContext context, long fromGridId, long fallbackGridId,
        CancellationToken cancellationToken);
}
