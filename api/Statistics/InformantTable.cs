using Gateway.Api.Data;
using Gateway.Api.Informants;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Statistics;

/// <summary>
/// The informant figures of a caller's whole scope — each unit's own and its subtree's, per calendar month, quarter
/// and year — with small cells suppressed once over all of them, so every answer the caller can ask shows a cell the
/// same way, whatever unit, grouping or buckets it asks for. Suppressing within one answer is not enough: a station's
/// SCOPE total or a quarter is another answer's line total, and a cell hidden alone in its line there would come back
/// by subtraction. The lines: a unit's subtree figure is its own plus its children's subtrees, in every month, quarter
/// and year; and, for figures that add up over time, a quarter is its months and a year its quarters. A month,
/// quarter or year that is not over is withheld whole: figures still moving would give away each tip or payment as
/// it is recorded.
/// </summary>
public sealed class InformantTable
{
    /// <summary>The figures, in the order of <see cref="Standing"/> then <see cref="AddingUp"/>.</summary>
    public enum Figure { OnFile, AuthorisationsLapsed, Tips, UsefulTips, RewardsPaid }

    private static readonly Figure[] Standing = [Figure.OnFile, Figure.AuthorisationsLapsed];
    private static readonly Figure[] AddingUp = [Figure.Tips, Figure.UsefulTips, Figure.RewardsPaid];

    // A year's time cells: its twelve months, its four quarters, the year.
    private const int Quarters = 12;
    private const int WholeYear = 16;
    private const int TimeCells = 17;

    private readonly Dictionary<long, int> unitIndex;
    private readonly Dictionary<int, Year> years;

    private InformantTable(Dictionary<long, int> unitIndex, Dictionary<int, Year> years) =>
        (this.unitIndex, this.years) = (unitIndex, years);

    /// <summary>One figure of a cell: null when suppressed or withheld.</summary>
    public int? Count(Figure figure, long unitId, bool subtree, StatisticsSpan span, StatisticsBucket bucket) =>
        Cell(unitId, subtree, span, bucket) is var (year, cell) && !year.Hidden[(int)figure][cell]
            ? year.Counts[(int)figure][cell] : null;

    /// <summary>The rewards' sum in yuan of a cell, shown or hidden with their count.</summary>
    public decimal? RewardsPaidYuan(long unitId, bool subtree, StatisticsSpan span, StatisticsBucket bucket) =>
        Cell(unitId, subtree, span, bucket) is var (year, cell) && !year.Hidden[(int)Figure.RewardsPaid][cell]
            ? MoneyAsFenConverter.FromFen(year.Fen[cell]) : null;

    /// <summary>Whether a bucket is over, so its figures are published.</summary>
    public static bool IsOver(StatisticsSpan span, DateOnly today) => span.End <= StartOfMonth(today);

    private (Year, int) Cell(long unitId, bool subtree, StatisticsSpan span, StatisticsBucket bucket)
    {
        var time = bucket switch
        {
            StatisticsBucket.Month => span.Start.Month - 1,
            StatisticsBucket.Quarter => Quarters + (span.Start.Month - 1) / 3,
            _ => WholeYear,
        };
        return (years[span.Start.Year], (unitIndex[unitId] * 2 + (subtree ? 1 : 0)) * TimeCells + time);
    }

    /// <summary>Reads and suppresses the figures of every unit in <paramref name="root"/>'s subtree (the caller's
    /// scope) for the calendar years the period touches: a fixed number of queries.</summary>
    public static async Task<InformantTable> ReadAsync(StatisticsUnit root, StatisticsPeriod period, DateOnly today,
        int threshold, GatewayDbContext db, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Where(root.Covers()).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        var unitIndex = units.Select((u, i) => (u.Id, i)).ToDictionary(u => u.Id, u => u.i);
        var parents = units.Select(u => u.ParentId is { } p && unitIndex.TryGetValue(p, out var i) ? i : -1).ToArray();

        var (firstYear, lastYear) = (period.FirstDay.Year, period.EndDay.AddDays(-1).Year);
        var figures = Enumerable.Range(firstYear, lastYear - firstYear + 1)
            .ToDictionary(y => y, _ => new Year(units.Count));
        // Only what is over is read: the rest is withheld.
        var (start, end) = (new DateOnly(firstYear, 1, 1), Min(new DateOnly(lastYear + 1, 1, 1), StartOfMonth(today)));

        if (start < end)
        {
            await CountOnFileAsync(root, start, end, db, unitIndex, figures, ct);
            var (startUtc, endUtc) = (CountyCalendar.StartOf(start), CountyCalendar.StartOf(end));
            foreach (var g in await db.Tips.AsNoTracking().Where(root.Owns<Tip>())
                .Where(t => t.ReceivedAt >= startUtc && t.ReceivedAt < endUtc)
                .GroupBy(t => new { t.OwnerUnitId, Day = CountyCalendar.DayOf(t.ReceivedAt) })
                .Select(g => new { g.Key, Count = g.Count(), Useful = g.Count(t => t.Useful) }).ToListAsync(ct))
            {
                var (year, cell) = OwnMonth(figures, unitIndex, g.Key.OwnerUnitId, g.Key.Day);
                year.Counts[(int)Figure.Tips][cell] += g.Count;
                year.Counts[(int)Figure.UsefulTips][cell] += g.Useful;
            }

            // A reward's amount is its ledger's sum (see RewardLedger); one with a refusal on file is not paid.
            var entries = db.RewardEntries.AsNoTracking().Where(root.Owns<RewardEntry>());
            var amounts = entries.GroupBy(a => a.RewardId)
                .Select(g => new { RewardId = g.Key, Amount = g.Sum(a => a.Amount) });
            foreach (var g in await entries
                .Where(e => e.Kind == RewardEntryKind.Paid && e.RecordedAt >= startUtc && e.RecordedAt < endUtc)
                .Where(e => !entries.Any(d => d.RewardId == e.RewardId && d.Kind == RewardEntryKind.Declined))
                .Join(amounts, e => e.RewardId, a => a.RewardId, (e, a) => new
                {
                    e.OwnerUnitId, Day = CountyCalendar.DayOf(e.RecordedAt), a.Amount,
                })
                .GroupBy(e => new { e.OwnerUnitId, e.Day })
                .Select(g => new { g.Key, Count = g.Count(), Yuan = g.Sum(e => e.Amount) }).ToListAsync(ct))
            {
                var (year, cell) = OwnMonth(figures, unitIndex, g.Key.OwnerUnitId, g.Key.Day);
                year.Counts[(int)Figure.RewardsPaid][cell] += g.Count;
                year.Fen[cell] += MoneyAsFenConverter.ToFen(g.Yuan ?? 0m);
            }
        }

        var (lines, unitLines) = Lines(parents);
        foreach (var (number, year) in figures)
        {
            year.AddUp(parents);
            var withheldTimes = Enumerable.Range(0, TimeCells)
                .Select(time => TimeEnd(number, time) > StartOfMonth(today)).ToArray();
            var withheld = new bool[year.Fen.Length];
            for (var cell = 0; cell < withheld.Length; cell++) withheld[cell] = withheldTimes[cell % TimeCells];
            foreach (var figure in Standing)
                year.Hidden[(int)figure] = SmallCellSuppression.Hidden(year.Counts[(int)figure], unitLines,
                    threshold, withheld);
            foreach (var figure in AddingUp)
                year.Hidden[(int)figure] = SmallCellSuppression.Hidden(year.Counts[(int)figure], lines,
                    threshold, withheld);
        }
        return new InformantTable(unitIndex, figures);
    }

    /// <summary>Informants on file and lapsed at the end of each month that is over: their standing on a day is
    /// <see cref="InformantStanding"/>'s, from the authorisation periods on file.</summary>
    private static async Task CountOnFileAsync(StatisticsUnit root, DateOnly start, DateOnly end,
        GatewayDbContext db, Dictionary<long, int> unitIndex, Dictionary<int, Year> figures, CancellationToken ct)
    {
        var lastDay = end.AddDays(-1);
        var informants = await db.Informants.AsNoTracking().Where(root.Owns<Informant>())
            .Where(i => i.RecruitedOn <= lastDay)
            .Select(i => new { i.Id, i.OwnerUnitId, i.RecruitedOn, i.DeactivatedOn }).ToListAsync(ct);
        var periods = (await db.InformantAuthorisations.AsNoTracking().Where(root.Owns<InformantAuthorisation>())
                .Where(a => a.ValidFrom <= lastDay).Select(a => new { a.InformantId, a.ValidFrom, a.ValidUntil })
                .ToListAsync(ct))
            .ToLookup(a => a.InformantId, a => (a.ValidFrom, a.ValidUntil));
        foreach (var informant in informants)
        {
            var authorisations = periods[informant.Id].ToList();
            for (var month = Max(start, StartOfMonth(informant.RecruitedOn)); month < end; month = month.AddMonths(1))
            {
                var day = month.AddMonths(1).AddDays(-1);
                var (year, cell) = OwnMonth(figures, unitIndex, informant.OwnerUnitId, day);
                year.Counts[(int)Figure.OnFile][cell]++;
                var deactivatedOn = informant.DeactivatedOn <= day ? informant.DeactivatedOn : null;
                if (InformantStanding.Of(deactivatedOn, authorisations, day).Status == InformantStatus.Lapsed)
                    year.Counts[(int)Figure.AuthorisationsLapsed][cell]++;
            }
        }
    }

    /// <summary>The unit lines (a unit's subtree is its own plus its children's subtrees, in every time cell), then
    /// the time lines (a quarter is its months, a year its quarters, for every unit's own and subtree figure) of a
    /// year; and the unit lines alone.</summary>
    private static (SuppressionLines All, SuppressionLines Units) Lines(int[] parents)
    {
        var children = parents.Select((_, i) => new List<int>()).ToArray();
        for (var i = 0; i < parents.Length; i++)
            if (parents[i] >= 0) children[parents[i]].Add(i);
        // Laid out in arrays of their exact sizes: a city's are a few hundred thousand cells, rebuilt per request.
        var unitLines = TimeCells * parents.Length;
        var timeLines = parents.Length * 2 * 5;
        var unitCells = TimeCells * (parents.Length * 2 + parents.Count(p => p >= 0));
        var timeCells = parents.Length * 2 * (4 * (1 + 3) + 1 + 4);
        var (starts, cells) = (new int[unitLines + timeLines + 1], new int[unitCells + timeCells]);
        var (line, next) = (0, 0);
        void Add(int cell) => cells[next++] = cell;
        void Line() => starts[++line] = next;
        for (var time = 0; time < TimeCells; time++)
            for (var u = 0; u < parents.Length; u++)
            {
                Add(Index(u, true, time));
                Add(Index(u, false, time));
                foreach (var c in children[u]) Add(Index(c, true, time));
                Line();
            }
        for (var u = 0; u < parents.Length; u++)
            foreach (var subtree in new[] { false, true })
            {
                for (var q = 0; q < 4; q++)
                {
                    Add(Index(u, subtree, Quarters + q));
                    for (var m = q * 3; m < q * 3 + 3; m++) Add(Index(u, subtree, m));
                    Line();
                }
                Add(Index(u, subtree, WholeYear));
                for (var q = 0; q < 4; q++) Add(Index(u, subtree, Quarters + q));
                Line();
            }
        // The sizes above follow from the loops; a mismatch would leave lines cut short or empty, hiding too little.
        if (line != starts.Length - 1 || next != cells.Length)
            throw new InvalidOperationException($"Informant lines: {line} lines of {next} cells laid out, "
                + $"{starts.Length - 1} of {cells.Length} sized.");
        var all = new SuppressionLines(starts, cells);
        return (all, all.First(unitLines));
    }

    private static int Index(int unit, bool subtree, int time) => (unit * 2 + (subtree ? 1 : 0)) * TimeCells + time;

    private static (Year, int) OwnMonth(Dictionary<int, Year> figures, Dictionary<long, int> unitIndex, long unitId,
        DateOnly day) => (figures[day.Year], Index(unitIndex[unitId], false, day.Month - 1));

    /// <summary>The day after a time cell of <paramref name="year"/> ends.</summary>
    private static DateOnly TimeEnd(int year, int time) => time switch
    {
        < Quarters => new DateOnly(year, time + 1, 1).AddMonths(1),
        < WholeYear => new DateOnly(year, (time - Quarters) * 3 + 1, 1).AddMonths(3),
        _ => new DateOnly(year + 1, 1, 1),
    };

    private static DateOnly StartOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>A year's cells, per figure: [unit × (own, subtree) × time cell].</summary>
    private sealed class Year(int units)
    {
        public int[][] Counts { get; } = [.. Enumerable.Range(0, 5).Select(_ => new int[units * 2 * TimeCells])];
        /// <summary>Rewards paid, in fen: whole numbers add up faster than decimals, and exactly.</summary>
        public long[] Fen { get; } = new long[units * 2 * TimeCells];
        public bool[][] Hidden { get; } = new bool[5][];

        /// <summary>Fills the subtree figures from the units' own (units in path order: children after their
        /// parent), then quarters and years from months — summed for figures that add up over time, the last
        /// month's for figures that stand on a day.</summary>
        public void AddUp(int[] parents)
        {
            for (var u = parents.Length - 1; u >= 0; u--)
                for (var time = 0; time < Quarters; time++)
                {
                    var (own, subtree) = (Index(u, false, time), Index(u, true, time));
                    foreach (var counts in Counts) counts[subtree] += counts[own];
                    Fen[subtree] += Fen[own];
                    if (parents[u] < 0) continue;
                    var parent = Index(parents[u], true, time);
                    foreach (var counts in Counts) counts[parent] += counts[subtree];
                    Fen[parent] += Fen[subtree];
                }
            // Plain loops over each unit's own and subtree figures (a year's cells each, see Index): a city's thousand
            // units make this the table's inner loop.
            for (var figures = 0; figures < parents.Length * 2; figures++)
            {
                var months = figures * TimeCells;
                var (quarters, year) = (months + Quarters, months + WholeYear);
                foreach (var figure in AddingUp)
                {
                    var counts = Counts[(int)figure];
                    counts[year] = 0;
                    for (var q = 0; q < 4; q++)
                    {
                        var first = months + q * 3;
                        counts[quarters + q] = counts[first] + counts[first + 1] + counts[first + 2];
                        counts[year] += counts[quarters + q];
                    }
                }
                foreach (var figure in Standing)
                {
                    var counts = Counts[(int)figure];
                    for (var q = 0; q < 4; q++) counts[quarters + q] = counts[months + q * 3 + 2];
                    counts[year] = counts[months + 11];
                }
                Fen[year] = 0;
                for (var q = 0; q < 4; q++)
                {
                    var first = months + q * 3;
                    Fen[quarters + q] = Fen[first] + Fen[first + 1] + Fen[first + 2];
                    Fen[year] += Fen[quarters + q];
                }
            }
        }
    }
}
