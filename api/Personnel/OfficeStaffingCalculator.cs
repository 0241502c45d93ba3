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
        // A posting the caller reads makes its person readable (see the people's row filter): no join needed.
        var postings = await Postings(officeIds, first, last)
            .Select(a => new { a.UnitId, a.Role, a.GridId, a.From, a.To, a.PersonId }).ToListAsync(cancellationToken);
        var grids = await Grids(officeIds, first, last)
            .Select(g => new { g.Id, g.OwnerUnitId, g.OpenedOn, g.RetiredOn }).ToListAsync(cancellationToken);
        var (postingsOf, gridsOf) = (postings.ToLookup(a => a.UnitId), grids.ToLookup(g => g.OwnerUnitId));
        var people = new HashSet<long>();
        // Plain loops: a city's thousand offices by a year's days make this the statistic's inner loop.
        foreach (var id in officeIds.Distinct())
        {
            var (posted, run) = (postingsOf[id].ToArray(), gridsOf[id].ToArray());
            foreach (var on in days.Distinct())
            {
                int Holding(AssignmentRole role)
                {
                    people.Clear();
                    foreach (var a in posted)
                        if (a.Role == role && a.From <= on && (a.To == null || a.To >= on)) people.Add(a.PersonId);
                    return people.Count;
                }
                var (gridsOn, withoutGridWorker) = (0, 0);
                foreach (var grid in run)
                {
                    if (grid.OpenedOn > on || grid.RetiredOn < on) continue;
                    gridsOn++;
                    if (!posted.Any(a => a.Role == AssignmentRole.GridWorker && a.GridId == grid.Id && a.From <= on
                        && (a.To == null || a.To >= on)))
                        withoutGridWorker++;
                }
                counts[(id, on)] = new OfficeStaffingCount(Holding(AssignmentRole.OfficePolice),
                    Holding(AssignmentRole.OfficeAuxiliary), Holding(AssignmentRole.GridWorker), gridsOn,
                    withoutGridWorker);
            }
        }
        return counts;
    }

    /// <summary>The offices' postings that run on any day from <paramref name="first"/> to <paramref name="last"/>:
    /// a posting covers its first and its last day; To is null while it runs. The offices' ids go as one parameter:
    /// a city's thousand offices would otherwise be a thousand parameters.</summary>
    private IQueryable<Assignment> Postings(IReadOnlyCollection<long> officeIds, DateOnly first, DateOnly last) =>
        db.Assignments.AsNoTracking().Where(a => EF.Parameter(officeIds).Contains(a.UnitId)
            && OfficeRoles.Contains(a.Role) && a.From <= last && (a.To == null || a.To >= first));

    /// <summary>The grids the offices run on any of those days: an office is answerable for the grids it runs on
    /// the day, not those retired, split or merged before it.</summary>
    private IQueryable<Grid> Grids(IReadOnlyCollection<long> officeIds, DateOnly first, DateOnly last) =>
        db.Grids.AsNoTracking().Where(g => EF.Parameter(officeIds).Contains(g.OwnerUnitId)
            && g.OpenedOn <= last && (g.RetiredOn == null || g.RetiredOn >= first));
}
