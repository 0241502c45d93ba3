using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Grids;

/// <summary>
/// Rows of the areas above Grids that lie at a standard address (residents, houses, units…): when a split or a
/// merge moves a grid's addresses to new grids, these follow, set-based, without Grids depending on those areas.
/// </summary>
public interface IGridRowsFollowAddresses
{
    /// <summary>Moves the rows of this area still in grid <paramref name="fromGridId"/> to the grid of their
    /// address, and those without an address (or whose address stayed) to <paramref name="fallbackGridId"/>. Called
    /// after the addresses moved, with the change saved.</summary>
    Task FollowAsync(MutationContext context, long fromGridId, long fallbackGridId,
        CancellationToken cancellationToken);
}
