using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>
/// The field-work rollups as stored, and as a recount from the entries computes them (GROUP BY over the active
/// entries; unit totals from those sums and the units' paths), each row one line, in order, so a difference reads as a
/// diff.
/// </summary>
internal static class FieldWorkRecount
{
    public sealed record Tables(IReadOnlyList<string> Days, IReadOnlyList<string> Units);

    public static async Task<Tables> StoredAsync(GatewayDbContext db) => new(
        [.. (await db.FieldWorkDayTotals.AsNoTracking().ToListAsync())
            .Select(t => DayLine(t.OwnerUnitId, t.OwnerPath, t.GridKey, t.PersonId, t.Kind, t.Day,
                (t.Count, t.Entries, t.ResidentEntries)))
            .Order(StringComparer.Ordinal)],
        [.. (await db.FieldWorkUnitTotals.AsNoTracking().ToListAsync())
            .Select(t => UnitLine(t.OwnerUnitId, t.OwnerPath, t.Reach, t.Grain, t.Start, t.Kind,
                (t.Count, t.Entries, t.ResidentEntries)))
            .Order(StringComparer.Ordinal)]);

    public static async Task<Tables> RecountAsync(GatewayDbContext db)
    {
        var days = (await db.FieldWorkEvents.AsNoTracking().Where(e => e.Status == FieldWorkStatus.Active)
            .GroupBy(e => new
            {
                e.OwnerUnitId, e.OwnerPath, Grid = e.GridId ?? 0, e.PersonId, e.Kind,
                Day = e.OccurredAt.AddHours(CountyCalendar.Offset.TotalHours).Date,
            })
            .Select(g => new
            {
                g.Key, Count = g.Sum(e => e.Count), Entries = g.Count(), Residents = g.Count(e => e.ResidentId != null),
            })
            .ToListAsync())
            .Select(d => (d.Key.OwnerUnitId, d.Key.OwnerPath, d.Key.Grid, d.Key.PersonId, d.Key.Kind,
                Day: DateOnly.FromDateTime(d.Key.Day), Measures: (d.Count, d.Entries, d.Residents)))
            .ToList();
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync();
        var unitLines = new List<string>();
        foreach (var grain in Enum.GetValues<FieldWorkGrain>())
        {
            var own = days.GroupBy(d => (d.OwnerUnitId, d.OwnerPath, d.Kind,
                    Start: grain == FieldWorkGrain.Day ? d.Day : new DateOnly(d.Day.Year, d.Day.Month, 1)))
                .Select(g => (g.Key, Measures: Sum(g.Select(d => d.Measures)))).ToList();
            unitLines.AddRange(own.Select(o => UnitLine(o.Key.OwnerUnitId, o.Key.OwnerPath, FieldWorkReach.Own, grain,
                o.Key.Start, o.Key.Kind, o.Measures)));
            foreach (var unit in units)
                unitLines.AddRange(own.Where(o => o.Key.OwnerPath.StartsWith(unit.Path, StringComparison.Ordinal))
                    .GroupBy(o => (o.Key.Kind, o.Key.Start))
                    .Select(g => UnitLine(unit.Id, unit.Path, FieldWorkReach.Subtree, grain, g.Key.Start, g.Key.Kind,
                        Sum(g.Select(o => o.Measures)))));
        }
        return new(
            [.. days.Select(d => DayLine(d.OwnerUnitId, d.OwnerPath, d.Grid, d.PersonId, d.Kind, d.Day, d.Measures))
                .Order(StringComparer.Ordinal)],
            [.. unitLines.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Asserts the stored rollups are the recount, row for row.</summary>
    public static async Task AssertRollupsMatchRecountAsync(GatewayDbContext db)
    {
        var (stored, recount) = (await StoredAsync(db), await RecountAsync(db));
        Assert.Equal(recount.Days, stored.Days);
        Assert.Equal(recount.Units, stored.Units);
    }

    private static (int, int, int) Sum(IEnumerable<(int Count, int Entries, int Residents)> measures) =>
        measures.Aggregate((0, 0, 0), (s, m) => (s.Item1 + m.Count, s.Item2 + m.Entries, s.Item3 + m.Residents));

    private static string DayLine(long unit, string path, long grid, long person, FieldWorkKind kind, DateOnly day,
        (int Count, int Entries, int Residents) m) =>
        $"{unit} {path} grid {grid} person {person} {kind} {day:yyyy-MM-dd}: {m.Count} {m.Entries} {m.Residents}";

    private static string UnitLine(long unit, string path, FieldWorkReach reach, FieldWorkGrain grain, DateOnly start,
        FieldWorkKind kind, (int Count, int Entries, int Residents) m) =>
        $"{unit} {path} {reach} {grain} {start:yyyy-MM-dd} {kind}: {m.Count} {m.Entries} {m.Residents}";
}
