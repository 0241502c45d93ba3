using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Grids;

/// <summary>
/// What an area has in a grid that must end before the grid retires (postings…): areas above Grids declare it, so
/// retiring, splitting and merging grids know them without depending on them.
/// </summary>
public interface IGridRetiringCheck
{
    /// <summary>Why the grid cannot retire after <paramref name="lastDay"/>, or null when nothing of this area runs
    /// in it past that day.</summary>
    Task<LocalizedText?> BlockerAsync(MutationContext context, Grid grid, DateOnly lastDay,
        CancellationToken cancellationToken);
}
