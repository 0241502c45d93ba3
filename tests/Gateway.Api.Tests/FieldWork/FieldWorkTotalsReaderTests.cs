using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Isolation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>
/// <see cref="FieldWorkTotalsReader"/> on the demo county answers what a GROUP BY over the entries answers, for every
/// grouping, with and without whole months, narrowed and not, and only within the caller's scope.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class FieldWorkTotalsReaderTests(GatewayApiFactory factory)
{
    /// <summary>From the middle of August to the middle of October: September whole, days on either side.</summary>
    private static readonly (DateOnly First, DateOnly End) Period = (new(2026, 8, 17), new(2026, 10, 20));

    public static TheoryData<FieldWorkGrouping, bool> Groupings()
    {
        var data = new TheoryData<FieldWorkGrouping, bool>();
        foreach (var grouping in Enum.GetValues<FieldWorkGrouping>())
            foreach (var wholeMonths in new[] { false, true }) data.Add(grouping, wholeMonths);
        return data;
    }

    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task The_county_totals_by_each_grouping_equal_a_recount_of_the_entries(FieldWorkGrouping grouping,
        bool wholeMonths)
    {
        var (read, recount) = await factory.WithDbAsync(async db =>
        {
            var bureau = await UnitAsync(db, "bureau");
            var reader = new FieldWorkTotalsReader(db);
            var totals = await reader.SumAsync(grouping, bureau, null, null, Period.First, Period.End, wholeMonths,
                null, CancellationToken.None);
            return (Lines(totals), await RecountAsync(db, grouping, bureau, null, null, wholeMonths, null));
        });

        Assert.True(read.Count > 30, $"Only {read.Count} totals");
        Assert.Equal(recount, read);
    }

    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task Narrowed_to_a_grid_or_a_person_and_some_kinds_the_totals_equal_a_recount(
        FieldWorkGrouping grouping, bool wholeMonths)
    {
        FieldWorkKind[] kinds = [FieldWorkKind.HomeVisit, FieldWorkKind.SpecialGroupService, FieldWorkKind.Patrol];
        var (byGrid, byPerson) = await factory.WithDbAsync(async db =>
        {
            var station = await UnitAsync(db, "xunchang");
            var grid = await db.FieldWorkEvents.OrderBy(e => e.Id).Select(e => e.GridId).FirstAsync();
            var person = await db.FieldWorkEvents.OrderBy(e => e.Id).Select(e => e.PersonId).FirstAsync();
            var reader = new FieldWorkTotalsReader(db);
            return (
                (Lines(await reader.SumAsync(grouping, station, grid, null, Period.First, Period.End, wholeMonths,
                    kinds, CancellationToken.None)),
                    await RecountAsync(db, grouping, station, grid, null, wholeMonths, kinds)),
                (Lines(await reader.SumAsync(grouping, station, null, person, Period.First, Period.End, wholeMonths,
                    kinds, CancellationToken.None)),
                    await RecountAsync(db, grouping, station, null, person, wholeMonths, kinds)));
        });

        Assert.NotEmpty(byGrid.Item1);
        Assert.Equal(byGrid.Item2, byGrid.Item1);
        Assert.NotEmpty(byPerson.Item1);
        Assert.Equal(byPerson.Item2, byPerson.Item1);
    }

    [Theory]
    [InlineData(FieldWorkGrouping.Scope)]
    [InlineData(FieldWorkGrouping.Unit)]
    public async Task Several_whole_months_and_the_days_around_them_equal_a_recount(FieldWorkGrouping grouping)
    {
        // August to October whole, days of July and November around them.
        (DateOnly First, DateOnly End) period = (new(2026, 7, 20), new(2026, 11, 10));
        var (read, recount) = await factory.WithDbAsync(async db =>
        {
            var bureau = await UnitAsync(db, "bureau");
            var totals = await new FieldWorkTotalsReader(db).SumAsync(grouping, bureau, null, null, period.First,
                period.End, true, null, CancellationToken.None);
            return (Lines(totals), await RecountAsync(db, grouping, bureau, null, null, true, null, period));
        });

        Assert.Equal(["2026-08-01", "2026-09-01", "2026-10-01"], read
            .Where(line => line.Contains(" month:", StringComparison.Ordinal)).Select(line => line.Split(' ')[1])
            .Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(recount, read);
    }

    [Fact]
    public async Task A_units_days_and_months_are_named_so_its_path_bounds_each_seek()
    {
        var nanjing = await factory.WithDbAsync(db => UnitAsync(db, "nanjing"));

        var sql = await factory.WithDbAsync(async db =>
        {
            factory.SqlCommands.Reset();
            await new FieldWorkTotalsReader(db).SumAsync(FieldWorkGrouping.Unit, nanjing, null, null,
                new(2026, 9, 28), new(2026, 11, 3), true, null, CancellationToken.None);
            return factory.SqlCommands.Commands
                .Single(c => c.Contains("FieldWorkUnitTotals", StringComparison.Ordinal));
        });

        // A range of starts would make the index (grain, kind, start, path) read every unit's days or months of the
        // period before the path bounds anything.
        Assert.Matches(@"""Start"" (= @|IN \(|= ANY)", sql);
        Assert.DoesNotMatch(@"""Start"" [<>]", sql);
    }

    [Fact]
    public async Task An_office_reads_its_own_totals_only_whatever_unit_it_names_as_the_scope()
    {
        var (nanjing, bureau) = await factory.WithDbAsync(async db =>
            (await UnitAsync(db, "nanjing"), await UnitAsync(db, "bureau")));
        var (ownScope, countyScope, countyByUnit, countyByPerson) = await factory.InUnitScopeAsync("nanjing",
            async services =>
            {
                var reader = services.GetRequiredService<FieldWorkTotalsReader>();
                Task<IReadOnlyList<FieldWorkTotal>> SumAsync(FieldWorkGrouping grouping, OrgUnitRef scope) =>
                    reader.SumAsync(grouping, scope, null, null, Period.First, Period.End, true, null,
                        CancellationToken.None);
                return (await SumAsync(FieldWorkGrouping.Scope, nanjing),
                    await SumAsync(FieldWorkGrouping.Scope, bureau), await SumAsync(FieldWorkGrouping.Unit, bureau),
                    await SumAsync(FieldWorkGrouping.Person, bureau));
            });
        var nanjingRecount = await factory.WithDbAsync(db =>
            RecountAsync(db, FieldWorkGrouping.Scope, nanjing, null, null, true, null));

        Assert.Equal(nanjingRecount, Lines(ownScope));
        // The county's subtree totals are the bureau's rows, which an office does not read.
        Assert.Empty(countyScope);
        Assert.Equal([nanjing.Id], countyByUnit.Select(t => t.GroupId!.Value).Distinct());
        Assert.Equal(nanjingRecount, Lines(countyByPerson.GroupBy(t => (t.Start, t.Month))
            .Select(g => new FieldWorkTotal(null, g.Key.Start, g.Key.Month, g.Sum(t => t.Entries),
                [.. Enumerable.Range(0, Kinds).Select(kind => g.Sum(t => t.Counts[kind]))]))
            .ToList()));
    }

    [Fact]
    public async Task No_caller_writes_a_total_through_the_context_not_even_in_its_own_office()
    {
        var nanjing = await factory.WithDbAsync(db => UnitAsync(db, "nanjing"));

        await factory.AsUnitAsync("nanjing", async db =>
        {
            db.FieldWorkUnitTotals.Add(new FieldWorkUnitTotal
            {
                OwnerUnitId = nanjing.Id, Reach = FieldWorkReach.Own, Kind = FieldWorkKind.Patrol,
                Grain = FieldWorkGrain.Day, Start = new(2026, 10, 1), Count = 99, Entries = 1,
            });
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public void Whole_months_are_those_lying_entirely_inside_the_period()
    {
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1)),
            FieldWorkTotalsReader.WholeMonths(new(2026, 8, 17), new(2026, 10, 20)));
        Assert.Equal((new DateOnly(2026, 8, 1), new DateOnly(2026, 11, 1)),
            FieldWorkTotalsReader.WholeMonths(new(2026, 8, 1), new(2026, 11, 1)));
        Assert.Equal((new DateOnly(2026, 9, 30), new DateOnly(2026, 9, 30)),
            FieldWorkTotalsReader.WholeMonths(new(2026, 9, 2), new(2026, 9, 30)));
    }

    private static async Task<OrgUnitRef> UnitAsync(GatewayDbContext db, string code) =>
        await db.OrgUnits.Where(u => u.Code == code).Select(u => new OrgUnitRef(u.Id, u.Path)).SingleAsync();

    /// <summary>The same totals from the entries: a GROUP BY per group, kind and county day in SQL, the days of whole
    /// months then added up per month.</summary>
    private static async Task<List<string>> RecountAsync(GatewayDbContext db, FieldWorkGrouping grouping,
        OrgUnitRef scope, long? gridId, long? personId, bool wholeMonths, FieldWorkKind[]? kinds,
        (DateOnly First, DateOnly End)? period = null)
    {
        var (first, last) = period ?? Period;
        var (start, end) = (CountyCalendar.StartOf(first), CountyCalendar.StartOf(last));
        var entries = db.FieldWorkEvents.AsNoTracking().Where(e => e.Status == FieldWorkStatus.Active
            && e.OwnerPath.StartsWith(scope.Path) && e.OccurredAt >= start && e.OccurredAt < end
            && (gridId == null || e.GridId == gridId) && (personId == null || e.PersonId == personId)
            && (kinds == null || kinds.Contains(e.Kind)));
        var sums = await entries.GroupBy(e => new
            {
                Group = grouping == FieldWorkGrouping.Unit ? e.OwnerUnitId
                    : grouping == FieldWorkGrouping.Grid ? e.GridId ?? 0
                    : grouping == FieldWorkGrouping.Person ? e.PersonId : 0,
                e.Kind, Day = e.OccurredAt.AddHours(CountyCalendar.Offset.TotalHours).Date,
            })
            .Select(g => new { g.Key.Group, g.Key.Kind, g.Key.Day, Count = g.Sum(e => e.Count), Entries = g.Count() })
            .ToListAsync();
        var (monthsFrom, monthsEnd) = wholeMonths ? FieldWorkTotalsReader.WholeMonths(first, last) : (last, last);
        return Lines([.. sums.Select(s => (s, Day: DateOnly.FromDateTime(s.Day)))
            .GroupBy(s => (s.s.Group, Month: s.Day >= monthsFrom && s.Day < monthsEnd,
                Start: s.Day >= monthsFrom && s.Day < monthsEnd ? new DateOnly(s.Day.Year, s.Day.Month, 1) : s.Day))
            .Select(g => new FieldWorkTotal(
                grouping == FieldWorkGrouping.Scope || g.Key.Group == 0 ? null : g.Key.Group, g.Key.Start,
                g.Key.Month, g.Sum(s => s.s.Entries),
                [.. Enumerable.Range(0, Kinds)
                    .Select(kind => g.Where(s => (int)s.s.Kind == kind).Sum(s => s.s.Count))]))]);
    }

    private static readonly int Kinds = Enum.GetValues<FieldWorkKind>().Length;

    private static List<string> Lines(IEnumerable<FieldWorkTotal> totals) =>
        [.. totals.Select(t => $"{t.GroupId} {t.Start:yyyy-MM-dd} {(t.Month ? "month" : "day")}: {t.Entries} entries, "
            + string.Join(" ", t.Counts)).Order(StringComparer.Ordinal)];
}
