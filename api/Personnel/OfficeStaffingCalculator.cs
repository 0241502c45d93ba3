using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.Grids;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>
/// Computes <see cref="OfficeStaffing"/> from the postings that cover a day, under the caller's row filters: two
/// queries (postings with their people, and the offices' grids) for any number of offices; an office the caller cannot
/// read, or a unit that is not a community office, comes out with nobody posted. And the same in numbers
/// (<see cref="OfficeStaffingCount"/>) for any number of offices and days, in one query, from the staffing rollup.
/// </summary>
public sealed class OfficeStaffingCalculator(GatewayDbContext db)
{
    /// <summary>The roles an office's staffing counts.</summary>
    internal static readonly AssignmentRole[] OfficeRoles =
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

    /// <summary>Each office's staffing in numbers on each of <paramref name="days"/> it is open, for statistics over
    /// many offices and days: read from the staffing rollup (<see cref="OfficeStaffingSpan"/>, a few rows an office),
    /// one query whatever the offices and days. A day an office is closed has no count.</summary>
    public Task<IReadOnlyDictionary<(long OfficeId, DateOnly On), OfficeStaffingCount>> CountAsync(
        IReadOnlyCollection<long> officeIds, IReadOnlyCollection<DateOnly> days, CancellationToken cancellationToken) =>
        CountAsync(s => EF.Parameter(officeIds).Contains(s.OwnerUnitId), days, cancellationToken);

    /// <summary>The same for the offices whose spans <paramref name="offices"/> selects (a statistic's scope, by the
    /// offices' paths).</summary>
    public async Task<IReadOnlyDictionary<(long OfficeId, DateOnly On), OfficeStaffingCount>> CountAsync(
        Expression<Func<OfficeStaffingSpan, bool>> offices, IReadOnlyCollection<DateOnly> days,
        CancellationToken cancellationToken)
    {
        if (days.Count == 0) return new Dictionary<(long, DateOnly), OfficeStaffingCount>();
        var (first, last) = (days.Min(), days.Max());
        var spans = await db.Set<OfficeStaffingSpan>().AsNoTracking().Where(offices)
            .Where(s => s.From <= last && (s.To == null || s.To >= first))
            .OrderBy(s => s.OwnerUnitId).ThenBy(s => s.From).ToListAsync(cancellationToken);
        var sortedDays = days.Distinct().Order().ToArray();
        // Sized once for every office on every day (a city's year of month-ends is 12,000 entries), not grown by
        // doubling, each doubling copying every entry.
        var counts = new Dictionary<(long, DateOnly), OfficeStaffingCount>(
            spans.Select(s => s.OwnerUnitId).Distinct().Count() * sortedDays.Length);
        // Spans and days both in order: one pass over each office's spans.
        for (var (i, next) = (0, 0); i < spans.Count; i = next)
        {
            for (next = i; next < spans.Count && spans[next].OwnerUnitId == spans[i].OwnerUnitId; next++) { }
            var span = i;
            // The days a span covers share its count: a city's offices over a year's month-ends are thousands of days.
            var (counted, count) = (-1, (OfficeStaffingCount?)null);
            foreach (var on in sortedDays)
            {
                while (span < next && spans[span].To < on) span++;
                if (span == next) break;
                if (!spans[span].Covers(on)) continue;
                if (counted != span) (counted, count) = (span, spans[span].Count());
                counts[(spans[span].OwnerUnitId, on)] = count!;
            }
        }
        return counts;
    }

    /// <summary>
    /// An office's staffing over the days it is open (from <paramref name="openedOn"/>, or since the records, to
    /// <paramref name="closedOn"/>, or on), in spans of days on which it stays the same: the staffing rollup's rows.
    /// The count changes only where a posting or grid starts or the day after one ends; adjacent spans with the same
    /// count are one. Counted as <see cref="ForAsync(IReadOnlyCollection{long}, DateOnly, CancellationToken)"/> counts
    /// a day: people by person, each grid covered by a grid worker posted to it.
    /// </summary>
    public static IEnumerable<(DateOnly From, DateOnly? To, OfficeStaffingCount Count)> SpansOf(DateOnly? openedOn,
        DateOnly? closedOn, StaffingPosting[] postings, StaffingGrid[] grids)
    {
        var (open, close) = (openedOn ?? OfficeStaffingSpan.SinceRecords, closedOn ?? DateOnly.MaxValue);
        if (close < open) yield break;
        var starts = new SortedSet<DateOnly> { open };
        void Change(DateOnly day)
        {
            if (day > open && day <= close) starts.Add(day);
        }
        foreach (var a in postings)
        {
            Change(a.From);
            if (a.To is { } to && to < close) Change(to.AddDays(1));
        }
        foreach (var g in grids)
        {
            Change(g.OpenedOn);
            if (g.RetiredOn is { } retired && retired < close) Change(retired.AddDays(1));
        }
        var people = new HashSet<long>();
        var (from, counted) = (open, (OfficeStaffingCount?)null);
        foreach (var start in starts)
        {
            var count = CountOn(start);
            if (counted is null) (from, counted) = (start, count);
            else if (!count.SameAs(counted))
            {
                yield return (from, start.AddDays(-1), counted);
                (from, counted) = (start, count);
            }
        }
        yield return (from, closedOn, counted!);

        OfficeStaffingCount CountOn(DateOnly on)
        {
            int Holding(AssignmentRole role)
            {
                people.Clear();
                foreach (var a in postings)
                    if (a.Role == role && a.Covers(on)) people.Add(a.PersonId);
                return people.Count;
            }
            var (gridsOn, withoutGridWorker) = (0, 0);
            foreach (var grid in grids)
            {
                if (grid.OpenedOn > on || grid.RetiredOn < on) continue;
                gridsOn++;
                var covered = false;
                foreach (var a in postings)
                    covered |= a.Role == AssignmentRole.GridWorker && a.GridId == grid.Id && a.Covers(on);
                if (!covered) withoutGridWorker++;
            }
            return new OfficeStaffingCount(Holding(AssignmentRole.OfficePolice),
                Holding(AssignmentRole.OfficeAuxiliary), Holding(AssignmentRole.GridWorker), gridsOn,
                withoutGridWorker);
        }
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

/// <summary>An office's posting as the staffing rollup counts it.</summary>
public sealed record StaffingPosting(long UnitId, AssignmentRole Role, long? GridId, long PersonId, DateOnly From,
    DateOnly? To)
{
    public bool Covers(DateOnly on) => From <= on && (To == null || To >= on);
}

/// <summary>An office's grid as the staffing rollup counts it: the days it runs.</summary>
public sealed record StaffingGrid(long Id, long OfficeId, DateOnly OpenedOn, DateOnly? RetiredOn);
