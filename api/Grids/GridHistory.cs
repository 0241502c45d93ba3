using Gateway.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Grids;

/// <summary>
/// What every change of a grid shares: revisions appended in order and never back in time, a retired grid left
/// alone, a grid retired only once the areas above have nothing running in it, codes unique within an office.
/// </summary>
internal sealed class GridHistory(TimeProvider clock, IEnumerable<IGridRetiringCheck> retiringChecks)
{
    /// <summary>Whether <paramref name="grid"/> may change from <paramref name="day"/> on: it still runs, and
    /// <paramref name="day"/> is not before its latest revision took effect.</summary>
    public async Task<bool> MayChangeAsync(MutationContext context, Grid grid, DateOnly day,
        IReadOnlyList<string> gridPath, IReadOnlyList<string> dayPath, CancellationToken cancellationToken)
    {
        var latest = await LatestValidFromAsync(context, grid, cancellationToken);
        MutationError? error = grid.RetiredOn is { } retired ? new GridRetiredError(grid.Code, retired, gridPath)
            : day < latest ? new RevisionBeforeRunningError(latest, dayPath)
            : null;
        if (error is not null) context.Refuse(error);
        return error is null;
    }

    /// <summary>Whether <paramref name="grid"/> may retire after <paramref name="lastDay"/>: it may change then, and
    /// nothing of the areas above runs in it past that day.</summary>
    public async Task<bool> MayRetireAsync(MutationContext context, Grid grid, DateOnly lastDay,
        IReadOnlyList<string> gridPath, IReadOnlyList<string> dayPath, CancellationToken cancellationToken)
    {
        if (!await MayChangeAsync(context, grid, lastDay, gridPath, dayPath, cancellationToken)) return false;
        foreach (var check in retiringChecks)
            if (await check.BlockerAsync(context, grid, lastDay, cancellationToken) is { } blocker)
            {
                context.Refuse(new GridStillStaffedError(blocker, dayPath));
                return false;
            }
        return true;
    }

    /// <summary>Refuses each code another grid of the office already has; whether all were free.</summary>
    public static async Task<bool> CodesFreeAsync(MutationContext context, long officeId,
        IEnumerable<(string Code, IReadOnlyList<string> Path)> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.ToList();
        var names = wanted.Select(c => c.Code).ToList();
        var taken = await context.Db.Grids.Where(g => g.OwnerUnitId == officeId && names.Contains(g.Code))
            .Select(g => g.Code).ToListAsync(cancellationToken);
        foreach (var (code, path) in wanted.Where(c => taken.Contains(c.Code)))
            context.Refuse(new DuplicateGridCodeError(code, path));
        return taken.Count == 0;
    }

    /// <summary>Appends the grid's state as it now stands, valid from <paramref name="validFrom"/>.</summary>
    public async Task ReviseAsync(MutationContext context, Grid grid, DateOnly validFrom, string reason,
        CancellationToken cancellationToken)
    {
        var number = grid.Id == 0 ? 0 : await context.Db.Set<GridRevision>().Where(r => r.GridId == grid.Id)
            .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        context.Db.Add(new GridRevision
        {
            OwnerUnit = grid.OwnerUnit, OwnerUnitId = grid.OwnerUnitId, Grid = grid, Number = number + 1,
            ValidFrom = validFrom, Name = grid.Name, Streets = grid.Streets, Households = grid.Households,
            BoundaryGeoJson = grid.BoundaryGeoJson, Reason = reason, RecordedBy = context.Caller.Actor,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>The day the grid's latest revision took effect; its first day when it has none.</summary>
    private static async Task<DateOnly> LatestValidFromAsync(MutationContext context, Grid grid,
        CancellationToken cancellationToken) =>
        await context.Db.Set<GridRevision>().Where(r => r.GridId == grid.Id).OrderByDescending(r => r.Number)
            .Select(r => (DateOnly?)r.ValidFrom).FirstOrDefaultAsync(cancellationToken) ?? grid.OpenedOn;
}
