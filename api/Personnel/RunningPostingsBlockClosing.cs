using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>A unit closes only once no posting to it runs past its last day.</summary>
public sealed class RunningPostingsBlockClosing : IUnitClosingCheck
{
    public async Task<LocalizedText?> BlockerAsync(MutationContext context, OrgUnit unit, DateOnly lastDay,
        CancellationToken cancellationToken)
    {
        var running = await context.Db.Assignments
            .CountAsync(a => a.UnitId == unit.Id && (a.To == null || a.To > lastDay), cancellationToken);
        return running == 0 ? null
            : new($"有 {running} 个岗位任职在该日之后仍在进行,请先结束或调动。",
                $"{running} posting(s) run past that day; end or transfer them first.");
    }
}
