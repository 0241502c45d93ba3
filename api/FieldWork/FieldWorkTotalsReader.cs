using System.Linq.Expressions;
using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.FieldWork;

/// <summary>What field-work totals are grouped by: nothing (the whole scope), unit, grid or person.</summary>
public enum FieldWorkGrouping { Scope, Unit, Grid, Person }

/// <summary>A unit by id and tree path.</summary>
public sealed record OrgUnitRef(long Id, string Path);

/// <summary>
/// Active field work of one kind in one group over a county day (<paramref name="Month"/> false) or a whole calendar
/// month starting on <paramref name="Start"/>. <paramref name="GroupId"/> is null for the whole scope, else the unit,
/// grid or person id (a grid's null: the work that names no grid).
/// </summary>
public sealed record FieldWorkTotal(long? GroupId, DateOnly Start, bool Month, FieldWorkKind Kind, int Count,
    int Entries);

/// <summary>
/// Sums field work from the rollups, never from the entries, so a period costs the same whatever the number of
/// entries in it: a scope's totals are its unit's subtree rows, units' totals their own rows, and a grouping or
/// narrowing by grid or person reads the day totals. Everything is summed in SQL under the tenant filter, in at most
/// two queries.
/// </summary>
public sealed class FieldWorkTotalsReader(GatewayDbContext db)
{
    /// <summary>
    /// The totals of <paramref name="scopeUnit"/> and the units below it over the county days
    /// [<paramref name="firstDay"/>, <paramref name="endDay"/>), by group, kind and day; with
    /// <paramref name="wholeMonths"/>, the calendar months lying wholly inside the period come as one total each and
    /// only the days outside them by day. <paramref name="kinds"/> null means every kind; narrowed to a grid or a
    /// person, the totals are of that grid's or person's work.
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
            // The scope's part is one range of the unique index (unit, reach, grain, start); the units' parts are one
            // range per kind of the index of own totals (grain, kind, start, path), which every kind is named for.
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
            IQueryable<FieldWorkUnitTotal> Part(FieldWorkGrain grain, DateOnly from, DateOnly to) =>
                units.Where(t => t.Grain == grain && t.Start >= from && t.Start < to);
            var parts = monthsFrom < monthsEnd
                ? Part(FieldWorkGrain.Day, firstDay, monthsFrom)
                    .Concat(Part(FieldWorkGrain.Month, monthsFrom, monthsEnd))
                    .Concat(Part(FieldWorkGrain.Day, monthsEnd, endDay))
                : Part(FieldWorkGrain.Day, firstDay, endDay);
            return await parts.AsNoTracking()
                .Select(t => new FieldWorkTotal(scope ? null : t.OwnerUnitId, t.Start, t.Grain == FieldWorkGrain.Month,
                    t.Kind, t.Count, t.Entries))
                .ToListAsync(cancellationToken);
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
        var totals = await keyed.Where(t => t.Day < monthsFrom || t.Day >= monthsEnd)
            .GroupBy(t => new { t.Group, t.Kind, t.Day })
            .Select(g => new { g.Key.Group, g.Key.Kind, g.Key.Day, Count = g.Sum(t => t.Count),
                Entries = g.Sum(t => t.Entries) })
            .ToListAsync(cancellationToken);
        var result = totals.Select(t => new FieldWorkTotal(GroupIdOf(grouping, t.Group), t.Day, false, t.Kind,
            t.Count, t.Entries)).ToList();
        if (monthsFrom >= monthsEnd) return result;
        var months = await keyed.Where(t => t.Day >= monthsFrom && t.Day < monthsEnd)
            .GroupBy(t => new { t.Group, t.Kind, t.Day.Year, t.Day.Month })
            .Select(g => new { g.Key.Group, g.Key.Kind, g.Key.Year, g.Key.Month, Count = g.Sum(t => t.Count),
                Entries = g.Sum(t => t.Entries) })
            .ToListAsync(cancellationToken);
        result.AddRange(months.Select(t => new FieldWorkTotal(GroupIdOf(grouping, t.Group),
            new DateOnly(t.Year, t.Month, 1), true, t.Kind, t.Count, t.Entries)));
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

    private static Expression<Func<FieldWorkDayTotal, GroupedDay>> GroupedBy(FieldWorkGrouping grouping) =>
        grouping switch
        {
            FieldWorkGrouping.Unit => t => new GroupedDay
            {
                Group = t.OwnerUnitId, Kind = t.Kind, Day = t.Day, Count = t.Count, Entries = t.Entries,
            },
            FieldWorkGrouping.Grid => t => new GroupedDay
            {
                Group = t.GridKey, Kind = t.Kind, Day = t.Day, Count = t.Count, Entries = t.Entries,
            },
            FieldWorkGrouping.Person => t => new GroupedDay
            {
                Group = t.PersonId, Kind = t.Kind, Day = t.Day, Count = t.Count, Entries = t.Entries,
            },
            _ => t => new GroupedDay { Group = 0, Kind = t.Kind, Day = t.Day, Count = t.Count, Entries = t.Entries },
        };

    private sealed class GroupedDay
    {
        public long Group { get; init; }
        public FieldWorkKind Kind { get; init; }
        public DateOnly Day { get; init; }
        public int Count { get; init; }
        public int Entries { get; init; }
    }
}
