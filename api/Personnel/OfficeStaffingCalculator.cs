using Gateway.Api.Data;
using Gateway.Api.Grids;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>
/// Computes <see cref="OfficeStaffing"/> from the postings that cover a day, under the caller's row filters: two
/// queries (postings with their people, and the offices' grids) for any number of offices; and the same in numbers
/// (<see cref="OfficeStaffingCount"/>) for any number of offices and days, in four. An office the
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
    /// offices and days. Most postings and grids run through the whole span of the days: those are counted in SQL,
    /// a few rows per office; only the ones that start or end inside the span are read one by one and told apart day
    /// by day. Four queries, whatever the offices and days.</summary>
    public async Task<IReadOnlyDictionary<(long OfficeId, DateOnly On), OfficeStaffingCount>> CountAsync(
        IReadOnlyCollection<long> officeIds, IReadOnlyCollection<DateOnly> days, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(long, DateOnly), OfficeStaffingCount>();
        if (days.Count == 0) return counts;
        var (first, last) = (days.Min(), days.Max());
        var postings = Postings(officeIds, first, last);
        var throughout = postings.Where(a => a.From <= first && (a.To == null || a.To >= last));
        // A posting the caller reads makes its person readable (see the people's row filter): no join needed.
        var seats = (await throughout.GroupBy(a => new { a.UnitId, a.Role })
                .Select(g => new { g.Key.UnitId, g.Key.Role, People = g.Select(a => a.PersonId).Distinct().Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.UnitId, s.Role), s => s.People);
        // A person posted throughout in the role is counted already; their other postings still cover grids.
        var changing = (await postings.Where(a => !(a.From <= first && (a.To == null || a.To >= last)))
                .Select(a => new StaffingPosting(a.UnitId, a.Role, a.GridId, a.From, a.To, a.PersonId,
                    throughout.Any(t => t.UnitId == a.UnitId && t.Role == a.Role && t.PersonId == a.PersonId)))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.UnitId);
        var grids = Grids(officeIds, first, last);
        // "+ 0" leaves the unit's index alone, so SQLite finds a grid's postings by the grid's: a few, not the
        // office's thirty.
        var steadyGrids = (await grids.Where(g => g.OpenedOn <= first && (g.RetiredOn == null || g.RetiredOn >= last)
                    && throughout.Any(a => a.Role == AssignmentRole.GridWorker && a.UnitId + 0 == g.OwnerUnitId
                        && a.GridId == g.Id))
                .GroupBy(g => g.OwnerUnitId).Select(g => new { OfficeId = g.Key, Grids = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(g => g.OfficeId, g => g.Grids);
        var otherGrids = (await grids.Where(g => !(g.OpenedOn <= first
                    && (g.RetiredOn == null || g.RetiredOn >= last)
                    && throughout.Any(a => a.Role == AssignmentRole.GridWorker && a.UnitId + 0 == g.OwnerUnitId
                        && a.GridId == g.Id)))
                .Select(g => new StaffingGrid(g.Id, g.OwnerUnitId, g.OpenedOn, g.RetiredOn,
                    throughout.Any(a => a.Role == AssignmentRole.GridWorker && a.UnitId + 0 == g.OwnerUnitId
                        && a.GridId == g.Id)))
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.OfficeId);

        var sortedDays = days.Distinct().Order().ToArray();
        var people = new HashSet<long>();
        // Plain loops: a city's thousand offices by a year's days make this the statistic's inner loop.
        foreach (var id in officeIds.Distinct())
        {
            var (posted, run) = (changing[id].ToArray(), otherGrids[id].ToArray());
            var changes = ChangeDays(posted, run);
            var (counted, countedUpTo) = ((OfficeStaffingCount?)null, -1);
            foreach (var on in sortedDays)
            {
                // Staffing changes only where a posting or grid starts or ends: days with no change between them
                // share one count, so a year's month-ends on steady postings are counted once.
                var changesUpTo = ChangesUpTo(changes, on);
                if (counted is null || changesUpTo != countedUpTo)
                    (counted, countedUpTo) = (CountOn(id, on), changesUpTo);
                counts[(id, on)] = counted;
            }

            OfficeStaffingCount CountOn(long office, DateOnly on)
            {
                int Holding(AssignmentRole role)
                {
                    people.Clear();
                    foreach (var a in posted)
                        if (a.Role == role && !a.PersonPostedThroughout && a.Covers(on)) people.Add(a.PersonId);
                    return seats.GetValueOrDefault((office, role)) + people.Count;
                }
                var (gridsOn, withoutGridWorker) = (steadyGrids.GetValueOrDefault(office), 0);
                foreach (var grid in run)
                {
                    if (grid.OpenedOn > on || grid.RetiredOn < on) continue;
                    gridsOn++;
                    if (grid.GridWorkerThroughout) continue;
                    var covered = false;
                    foreach (var a in posted)
                        covered |= a.Role == AssignmentRole.GridWorker && a.GridId == grid.Id && a.Covers(on);
                    if (!covered) withoutGridWorker++;
                }
                return new OfficeStaffingCount(Holding(AssignmentRole.OfficePolice),
                    Holding(AssignmentRole.OfficeAuxiliary), Holding(AssignmentRole.GridWorker), gridsOn,
                    withoutGridWorker);
            }
        }
        return counts;
    }

    /// <summary>The days an office's changing postings and grids start, and the days after they end, in
    /// order.</summary>
    private static DateOnly[] ChangeDays(StaffingPosting[] postings, StaffingGrid[] grids)
    {
        var days = new List<DateOnly>();
        foreach (var a in postings)
        {
            days.Add(a.From);
            if (a.To is { } to) days.Add(to.AddDays(1));
        }
        foreach (var g in grids)
        {
            days.Add(g.OpenedOn);
            if (g.RetiredOn is { } retired) days.Add(retired.AddDays(1));
        }
        days.Sort();
        return [.. days];
    }

    /// <summary>How many of the sorted <paramref name="changes"/> fall on or before <paramref name="on"/>.</summary>
    private static int ChangesUpTo(DateOnly[] changes, DateOnly on)
    {
        var index = Array.BinarySearch(changes, on.AddDays(1));
        if (index < 0) return ~index;
        while (index > 0 && changes[index - 1] == on.AddDays(1)) index--;
        return index;
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

/// <summary>A posting of an office that starts or ends within the days counted; whether its person holds the same
/// role in the office throughout them, and is counted already.</summary>
internal sealed record StaffingPosting(long UnitId, AssignmentRole Role, long? GridId, DateOnly From, DateOnly? To,
    long PersonId, bool PersonPostedThroughout)
{
    public bool Covers(DateOnly on) => From <= on && (To == null || To >= on);
}

/// <summary>A grid of an office that opens or retires within the days counted, or that no grid worker covers
/// throughout them.</summary>
internal sealed record StaffingGrid(long Id, long OfficeId, DateOnly OpenedOn, DateOnly? RetiredOn,
    bool GridWorkerThroughout);
