using System.Linq.Expressions;
using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.FieldWork;

/// <summary>What field-work totals are grouped by: nothing (the whole scope), unit, grid or person.</summary>
public enum FieldWorkGrouping { Scope, Unit, Grid, Person }

/// <summary>A unit by id and tree path.</summary>
public sealed record OrgUnitRef(long Id, string Path);

/// <summary>
/// Active field work in one group over a county day (<paramref name="Month"/> false) or a whole calendar month starting
/// on <paramref name="Start"/>: the entries, and the counts of each kind (indexed by <see cref="FieldWorkKind"/>).
/// <paramref name="GroupId"/> is null for the whole scope, else the unit, grid or person id (a grid's null: the work
/// that names no grid).
/// </summary>
public sealed record FieldWorkTotal(long? GroupId, DateOnly Start, bool Month, int Entries, int[] Counts);

/// <summary>
/// Sums field work from the rollups, never from the entries, so a period costs the same whatever the number of
/// entries in it: a scope's totals are its unit's subtree rows, units' totals their own rows, and a grouping or
/// narrowing by grid or person reads the day totals. Everything is summed in SQL under the tenant filter, in at most
/// two queries, each giving one row per group and day or month with a column per kind.
/// </summary>
public sealed class FieldWorkTotalsReader(GatewayDbContext db)
{
    /// <summary>
    /// The totals of <paramref name="scopeUnit"/> and the units below it over the county days
    /// [<paramref name="firstDay"/>, <paramref name="endDay"/>), by group and day; with
    /// <paramref name="wholeMonths"/>, the calendar months lying wholly inside the period come as one total each and
    /// only the days outside them by day. <paramref name="kinds"/> null means every kind (the others count 0);
    /// narrowed to a grid or a person, the totals are of that grid's or person's work.
    /// </summary>
    public async Task<IReadOnlyList<FieldWorkTotal>> SumAsync(FieldWorkGrouping grouping, OrgUnitRef scopeUnit,
        long? gridId, long? personId, DateOnly firstDay, DateOnly endDay, bool wholeMonths,
        IReadOnlyCollection<FieldWorkKind>? kinds, CancellationToken cancellationToken)
    {
        var (monthsFrom, monthsEnd) = wholeMonths ? WholeMonths(firstDay, endDay) : (endDay, endDay);
        var kindList = kinds?.ToList();
        var (pathStart, pathEnd) = Range(scopeUnit.Path);
        var unitsInScope = db.OrgUnits
            .Where(u => string.Compare(u.Path, pathStart) >= 0 && string.Compare(u.Path, pathEnd) < 0)
            .Select(u => u.Id);
        if (grouping is FieldWorkGrouping.Scope or FieldWorkGrouping.Unit && gridId is null && personId is null)
        {
            var scope = grouping == FieldWorkGrouping.Scope;
            // The scope's part is one range of the unique index (unit, reach, grain, start). The units' parts are read
            // through the index of own totals (grain, kind, start, path), which every kind is named for, and so is
            // every day or month: after a start named exactly, the path range bounds the seek, where a range of starts
            // would read every unit's rows of the period first (PostgreSQL cannot skip to the path within it).
            var units = scope
                ? db.FieldWorkUnitTotals.Where(t => t.OwnerUnitId == scopeUnit.Id
                    && t.Reach == FieldWorkReach.Subtree)
                : db.FieldWorkUnitTotals.Where(t => t.Reach == FieldWorkReach.Own
                    && string.Compare(t.OwnerPath, pathStart) >= 0 && string.Compare(t.OwnerPath, pathEnd) < 0);
            if (kindList is not null || !scope)
            {
                var named = kindList ?? [.. Enum.GetValues<FieldWorkKind>()];
                units = units.Where(t => named.Contains(t.Kind));
            }
            IQueryable<FieldWorkUnitTotal> Part(FieldWorkGrain grain, DateOnly from, DateOnly to)
            {
                if (scope) return units.Where(t => t.Grain == grain && t.Start >= from && t.Start < to);
                var starts = new List<DateOnly>();
                for (var start = from; start < to;
                    start = grain == FieldWorkGrain.Month ? start.AddMonths(1) : start.AddDays(1))
                    starts.Add(start);
                return units.Where(t => t.Grain == grain && starts.Contains(t.Start));
            }
            // Only the parts that hold days: a UNION ALL of empty ranges still costs SQLite a third more.
            (FieldWorkGrain Grain, DateOnly From, DateOnly To)[] ranges = monthsFrom < monthsEnd
                ? [(FieldWorkGrain.Day, firstDay, monthsFrom), (FieldWorkGrain.Month, monthsFrom, monthsEnd),
                    (FieldWorkGrain.Day, monthsEnd, endDay)]
                : [(FieldWorkGrain.Day, firstDay, endDay)];
            var parts = ranges.Where(r => r.From < r.To).Select(r => Part(r.Grain, r.From, r.To))
                .Aggregate((all, part) => all.Concat(part));
            var pivoted = await Pivoted(parts.AsNoTracking()
                .Select(t => new KindTotal
                {
                    Group = t.OwnerUnitId, Kind = t.Kind, Day = t.Start, Month = t.Grain == FieldWorkGrain.Month,
                    Count = t.Count, Entries = t.Entries,
                })
                .GroupBy(t => new { t.Group, t.Day, t.Month }))
                .ToListAsync(cancellationToken);
            return [.. pivoted.Select(p => new FieldWorkTotal(scope ? null : p.Key.Group, p.Key.Day, p.Key.Month,
                p.Entries, p.Counts))];
        }

        // A person's or a grid's rows are found through their own index, then kept to the scope; otherwise each unit's
        // days are one range of the unique index.
        var days = db.FieldWorkDayTotals.AsNoTracking().Where(t => t.Day >= firstDay && t.Day < endDay);
        days = personId is { } person
            ? days.Where(t => t.PersonId == person && string.Compare(t.OwnerPath, pathStart) >= 0
                && string.Compare(t.OwnerPath, pathEnd) < 0)
            : gridId is { } onlyGrid
                ? days.Where(t => t.GridKey == onlyGrid && string.Compare(t.OwnerPath, pathStart) >= 0
                    && string.Compare(t.OwnerPath, pathEnd) < 0)
                : days.Where(t => unitsInScope.Contains(t.OwnerUnitId));
        if (personId is not null && gridId is { } grid) days = days.Where(t => t.GridKey == grid);
        if (kindList is not null) days = days.Where(t => kindList.Contains(t.Kind));
        var keyed = days.Select(GroupedBy(grouping));
        var byDay = await Pivoted(keyed.Where(t => t.Day < monthsFrom || t.Day >= monthsEnd)
                .GroupBy(t => new { t.Group, t.Day }))
            .ToListAsync(cancellationToken);
        var result = byDay.Select(p => new FieldWorkTotal(GroupIdOf(grouping, p.Key.Group), p.Key.Day, false,
            p.Entries, p.Counts)).ToList();
        if (monthsFrom >= monthsEnd) return result;
        var byMonth = await Pivoted(keyed.Where(t => t.Day >= monthsFrom && t.Day < monthsEnd)
                .GroupBy(t => new { t.Group, t.Day.Year, t.Day.Month }))
            .ToListAsync(cancellationToken);
        result.AddRange(byMonth.Select(p => new FieldWorkTotal(GroupIdOf(grouping, p.Key.Group),
            new DateOnly(p.Key.Year, p.Key.Month, 1), true, p.Entries, p.Counts)));
        return result;
    }

    /// <summary>The first day of the first and of the day after the last calendar month lying wholly inside
    /// [<paramref name="first"/>, <paramref name="end"/>); both <paramref name="end"/> when none does.</summary>
    internal static (DateOnly From, DateOnly End) WholeMonths(DateOnly first, DateOnly end)
    {
        var from = first.Day == 1 ? first : new DateOnly(first.Year, first.Month, 1).AddMonths(1);
        var last = new DateOnly(end.Year, end.Month, 1);
        return from < last ? (from, last) : (end, end);
    }

    /// <summary>The paths at or below <paramref name="path"/>: [path, path with its last "/" raised to "0").</summary>
    private static (string Start, string End) Range(string path) => (path, path[..^1] + (char)(path[^1] + 1));

    private static long? GroupIdOf(FieldWorkGrouping grouping, long group) => grouping switch
    {
        FieldWorkGrouping.Scope => null,
        FieldWorkGrouping.Grid when group == FieldWorkDayTotal.NoGrid => null,
        _ => group,
    };

    private static Expression<Func<FieldWorkDayTotal, KindTotal>> GroupedBy(FieldWorkGrouping grouping) =>
        grouping switch
        {
            FieldWorkGrouping.Unit => t => new KindTotal
            {
                Group = t.OwnerUnitId, Kind = t.Kind, Day = t.Day, Count = t.Count, Entries = t.Entries,
            },
            FieldWorkGrouping.Grid => t => new KindTotal
            {
                Group = t.GridKey, Kind = t.Kind, Day = t.Day, Count = t.Count, Entries = t.Entries,
            },
            FieldWorkGrouping.Person => t => new KindTotal
            {
                Group = t.PersonId, Kind = t.Kind, Day = t.Day, Count = t.Count, Entries = t.Entries,
            },
            _ => t => new KindTotal { Group = 0, Kind = t.Kind, Day = t.Day, Count = t.Count, Entries = t.Entries },
        };

    /// <summary>One kind's total of a group on a day, or in the month starting on it.</summary>
    private sealed class KindTotal
    {
        public long Group { get; init; }
        public FieldWorkKind Kind { get; init; }
        public DateOnly Day { get; init; }
        public bool Month { get; init; }
        public int Count { get; init; }
        public int Entries { get; init; }
    }

    private static IQueryable<PivotedTotal<TKey>> Pivoted<TKey>(IQueryable<IGrouping<TKey, KindTotal>> groups) =>
        groups.Select(Pivot<TKey>.Row);

    private sealed class PivotedTotal<TKey>
    {
        public required TKey Key { get; init; }
        public int Entries { get; init; }
        public required int[] Counts { get; init; }
    }

    /// <summary>
    /// A group's kinds side by side: <c>g =&gt; new PivotedTotal { Key = g.Key, Entries = g.Sum(t =&gt; t.Entries),
    /// Counts = [g.Sum(t =&gt; t.Kind == ResidentVisit ? t.Count : 0), …] }</c>, one SUM(CASE …) per kind, so SQL
    /// returns a row per group and day instead of one per kind.
    /// </summary>
    private static class Pivot<TKey>
    {
        public static readonly Expression<Func<IGrouping<TKey, KindTotal>, PivotedTotal<TKey>>> Row = Build();

        private static Expression<Func<IGrouping<TKey, KindTotal>, PivotedTotal<TKey>>> Build()
        {
            var group = Expression.Parameter(typeof(IGrouping<TKey, KindTotal>), "g");
            var total = Expression.Parameter(typeof(KindTotal), "t");
            Expression Sum(Expression value) => Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum),
                [typeof(KindTotal)], group, Expression.Lambda<Func<KindTotal, int>>(value, total));
            var counts = Enum.GetValues<FieldWorkKind>().Select(kind => Sum(Expression.Condition(
                Expression.Equal(Expression.Property(total, nameof(KindTotal.Kind)), Expression.Constant(kind)),
                Expression.Property(total, nameof(KindTotal.Count)), Expression.Constant(0))));
            return Expression.Lambda<Func<IGrouping<TKey, KindTotal>, PivotedTotal<TKey>>>(Expression.MemberInit(
                Expression.New(typeof(PivotedTotal<TKey>)),
                Expression.Bind(typeof(PivotedTotal<TKey>).GetProperty(nameof(PivotedTotal<TKey>.Key))!,
                    Expression.Property(group, nameof(IGrouping<TKey, KindTotal>.Key))),
                Expression.Bind(typeof(PivotedTotal<TKey>).GetProperty(nameof(PivotedTotal<TKey>.Entries))!,
                    Sum(Expression.Property(total, nameof(KindTotal.Entries)))),
                Expression.Bind(typeof(PivotedTotal<TKey>).GetProperty(nameof(PivotedTotal<TKey>.Counts))!,
                    Expression.NewArrayInit(typeof(int), counts))), group);
        }
    }
}
