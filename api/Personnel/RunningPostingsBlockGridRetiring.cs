using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>A grid retires (or is split or merged) only once no posting to it runs past its last day.</summary>
public sealed class RunningPostingsBlockGridRetiring : IGridRetiringCheck
{
    public async Task<LocalizedText?> BlockerAsync(MutationContext context, Grid grid, DateOnly lastDay,
        CancellationToken cancellationToken)
    {
        var running = await context.Db.Assignments
            .CountAsync(a => a.GridId == grid.Id && (a.To == null || a.To > lastDay), cancellationToken);
        return running == 0 ? null
            : new($"网格 {grid.Code} 有 {running} 个岗位任职在 {lastDay:yyyy-MM-dd} 之后仍在进行,请先结束或调动。",
                $"{running} posting(s) to grid {grid.Code} run past {lastDay:yyyy-MM-dd}; end or transfer them first.");
    }
}
