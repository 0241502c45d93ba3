using Gateway.Api.Data;
using Gateway.Api.Grids;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>
/// Computes <see cref="OfficeStaffing"/> from the postings that cover a day, under the caller's row filters: two
/// queries (postings with their people, and the offices' grids) for any number of offices; and the same in numbers
/// (<see cref="OfficeStaffingCount"/>) for any number of offices and days. An office the
/// caller cannot read, or a unit that is not a community office, comes out with nobody posted.
/// </summary>
public sealed class OfficeStaffingCalculator(GatewayDbContext db)
{
    private static readonly AssignmentRole[] OfficeRoles =
        [AssignmentRole.OfficePolice, AssignmentRole.OfficeAuxiliary, AssignmentRole.GridWorker];

    public async Task<OfficeStaffing> ForAsync(long officeId, DateOnly on, CancellationToken cancellationToken) =>
        (await ForAsync([officeId], on, cancellationToken))[officeId];

    public async Task<IReadOnlyDictionary<long, OfficeStaffing>> ForAsync(IReadOnlyCollection<long> officeIds,
        DateOnly on, CancellationToken cancellationToken)
    {
        var postings = await Postings(officeIds, on, on)
            .Join(db.People.AsNoTracking(), a => a.PersonId, p => p.Id, (a, p) => new { a.UnitId, a.Role, a.GridId, p })
            .OrderBy(a => a.p.Id).ToListAsync(cancellationToken);
        var grids = await Grids(officeIds, on, on).OrderBy(g => g.Code).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken);
        var (postingsOf, gridsOf) = (postings.ToLookup(a => a.UnitId), grids.ToLookup(g => g.OwnerUnitId));
        return officeIds.Distinct().ToDictionary(id => id, id =>
        {
            List<Person> Holding(AssignmentRole role, long? gridId = null) => [.. postingsOf[id]
                .Where(a => a.Role == role && (gridId is null || a.GridId == gridId)).Select(a => a.p)
                .DistinctBy(p => p.Id)];
            return new OfficeStaffing(id, on, Holding(AssignmentRole.OfficePolice),
                Holding(AssignmentRole.OfficeAuxiliary), Holding(AssignmentRole.GridWorker),
                [.. gridsOf[id].Select(grid => new GridStaffing(grid, Holding(AssignmentRole.GridWorker, grid.Id)))]);
        });
    }

    /// <summary>Each office's staffing in numbers on each of <paramref name="days"/>, for statistics over many
    /// offices and days: the same two queries as one day's, reading ids and dates only, then told apart day by
    /// day.</summary>
    public async Task<IReadOnlyDictionary<(long OfficeId, DateOnly On), OfficeStaffingCount>> CountAsync(
        IReadOnlyCollection<long> officeIds, IReadOnlyCollection<DateOnly> days, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(long, DateOnly), OfficeStaffingCount>();
        if (days.Count == 0) return counts;
        var (first, last) = (days.Min(), days.Max());
        var postings = await Postings(officeIds, first, last)
            .Join(db.People.AsNoTracking(), a => a.PersonId, p => p.Id,
                (a, p) => new { a.UnitId, a.Role, a.GridId, a.From, a.To, PersonId = p.Id })
            .ToListAsync(cancellationToken);
        var grids = await Grids(officeIds, first, last)
            .Select(g => new { g.Id, g.OwnerUnitId, g.OpenedOn, g.RetiredOn }).ToListAsync(cancellationToken);
        var (postingsOf, gridsOf) = (postings.ToLookup(a => a.UnitId), grids.ToLookup(g => g.OwnerUnitId));
        foreach (var id in officeIds.Distinct())
            foreach (var on in days.Distinct())
            {
                var posted = postingsOf[id].Where(a => a.From <= on && (a.To == null || a.To >= on)).ToList();
                int Holding(AssignmentRole role) => posted.Where(a => a.Role == role).Select(a => a.PersonId)
                    .Distinct().Count();
                var gridsOn = gridsOf[id].Where(g => g.OpenedOn <= on && (g.RetiredOn == null || g.RetiredOn >= on))
                    .ToList();
                counts[(id, on)] = new OfficeStaffingCount(Holding(AssignmentRole.OfficePolice),
                    Holding(AssignmentRole.OfficeAuxiliary), Holding(AssignmentRole.GridWorker), gridsOn.Count,
                    gridsOn.Count(g => !posted.Any(a => a.Role == AssignmentRole.GridWorker && a.GridId == g.Id)));
            }
        return counts;
    }

    /// <summary>The offices' postings that run on any day from <paramref name="first"/> to <paramref name="last"/>:
    /// a posting covers its first and its last day; To is null while it runs.</summary>
    private IQueryable<Assignment> Postings(IReadOnlyCollection<long> officeIds, DateOnly first, DateOnly last) =>
        db.Assignments.AsNoTracking().Where(a => officeIds.Contains(a.UnitId) && OfficeRoles.Contains(a.Role)
            && a.From <= last && (a.To == null || a.To >= first));

    /// <summary>The grids the offices run on any of those days: an office is answerable for the grids it runs on
    /// the day, not those retired, split or merged before it.</summary>
    private IQueryable<Grid> Grids(IReadOnlyCollection<long> officeIds, DateOnly first, DateOnly last) =>
        db.Grids.AsNoTracking().Where(g => officeIds.Contains(g.OwnerUnitId)
            && g.OpenedOn <= last && (g.RetiredOn == null || g.RetiredOn >= first));
}
