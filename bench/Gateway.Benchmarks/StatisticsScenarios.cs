using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Benchmarks;

/// <summary>How a statistic is served: what is timed against the straight GROUP BY.</summary>
internal abstract record Served(string By);

/// <summary>A persisted document of <c>schema/operations</c>, posted to <c>/graphql</c> with the variables by the
/// city bureau's client.</summary>
internal sealed record ByDocument(string File, object Variables) : Served("GraphQL");

/// <summary>The server-side computation a statistic's resolver runs, in the bureau's tenant scope; answers the
/// statistic's figure, which the GROUP BY's <c>Count</c> column adds up to.</summary>
internal sealed record ByService(string By, Func<IServiceProvider, Task<long>> Figure) : Served(By);

/// <summary>
/// One statistic: how it is served, and the same statistic as a straight GROUP BY over the entries (SQLite, its
/// parameters named <c>$name</c>) with a <c>Count</c> column. Adding a document is one entry of
/// <see cref="StatisticsScenarios.All"/>.
/// </summary>
internal sealed record StatisticsScenario(string Name, Served Served, string RawGroupBy,
    IReadOnlyDictionary<string, object> RawParameters);

internal static class StatisticsScenarios
{
    private static readonly City Measured = City.Default;
    private static readonly OrgUnitRef Bureau = new(City.BureauId, "/1/");
    private static readonly OrgUnitRef Station = Measured.Station(0);
    private static readonly OrgUnitRef Office = Measured.Office(0);
    private static readonly (DateOnly First, DateOnly End) November = (new(2026, 11, 1), new(2026, 12, 1));
    private static readonly (DateOnly First, DateOnly End) Quarter = (new(2026, 9, 1), new(2026, 12, 1));
    private static readonly (DateOnly First, DateOnly End) Year = (new(2025, 12, 1), new(2026, 12, 1));
    private static readonly (DateOnly First, DateOnly End) LastDay = (new(2026, 11, 30), new(2026, 12, 1));

    private const string Day = """date("OccurredAt", '+8 hours')""";
    private const string Month = """strftime('%Y-%m', "OccurredAt", '+8 hours')""";
    private const string ActiveIn = """
        "Status" = 'Active' AND "OccurredAt" >= $start AND "OccurredAt" < $end
        """;
    private const string InScope = """ "OwnerPath" >= $pathStart AND "OwnerPath" < $pathEnd """;

    public static readonly IReadOnlyList<StatisticsScenario> All =
    [
        new("County: by kind, each day of a month", Reader(FieldWorkGrouping.Scope, Bureau, November, false),
            $"""
            SELECT "Kind", {Day} AS "Day", SUM("Count") AS "Count", COUNT(*) AS "Entries" FROM "FieldWorkEvents"
            WHERE {ActiveIn} GROUP BY "Kind", "Day"
            """, Period(November)),
        new("County: by kind and month, twelve months", Reader(FieldWorkGrouping.Scope, Bureau, Year, true),
            $"""
            SELECT "Kind", {Month} AS "Month", SUM("Count") AS "Count", COUNT(*) AS "Entries" FROM "FieldWorkEvents"
            WHERE {ActiveIn} GROUP BY "Kind", "Month"
            """, Period(Year)),
        new("County: by office and kind, a month", Reader(FieldWorkGrouping.Unit, Bureau, November, true),
            $"""
            SELECT "OwnerUnitId", "Kind", SUM("Count") AS "Count", COUNT(*) AS "Entries" FROM "FieldWorkEvents"
            WHERE {ActiveIn} GROUP BY "OwnerUnitId", "Kind"
            """, Period(November)),
        new("Station: by office, kind and month, a quarter", Reader(FieldWorkGrouping.Unit, Station, Quarter, true),
            $"""
            SELECT "OwnerUnitId", "Kind", {Month} AS "Month", SUM("Count") AS "Count", COUNT(*) AS "Entries"
            FROM "FieldWorkEvents" WHERE {ActiveIn} AND {InScope} GROUP BY "OwnerUnitId", "Kind", "Month"
            """, Period(Quarter, Station)),
        new("Office: by person and kind, one day", Reader(FieldWorkGrouping.Person, Office, LastDay, false),
            $"""
            SELECT "PersonId", "Kind", SUM("Count") AS "Count", COUNT(*) AS "Entries" FROM "FieldWorkEvents"
            WHERE {ActiveIn} AND {InScope} GROUP BY "PersonId", "Kind"
            """, Period(LastDay, Office)),
        new("Office: by grid and kind, each day of a month", Reader(FieldWorkGrouping.Grid, Office, November, false),
            $"""
            SELECT "GridId", "Kind", {Day} AS "Day", SUM("Count") AS "Count", COUNT(*) AS "Entries"
            FROM "FieldWorkEvents" WHERE {ActiveIn} AND {InScope} GROUP BY "GridId", "Kind", "Day"
            """, Period(November, Office)),
        new("Three musts: an office's 30 people, a month", new ByService("calculator", async services =>
            {
                var reports = await services.GetRequiredService<ThreeMustsCalculator>().ForOfficesAsync(
                    [Office.Id], new CountyPeriod(November.First, November.End.AddDays(-1)), CancellationToken.None);
                return reports[Office.Id].Sum(r => r.Days.Sum(d => d.ResidentsVisited));
            }),
            // The calculator's former query: per person, day and kind, the three musts' kinds.
            $"""
            SELECT "PersonId", {Day} AS "Day", "Kind",
                SUM(CASE WHEN "Kind" IN ('ResidentVisit', 'HomeVisit') THEN "Count" ELSE 0 END) AS "Count",
                COUNT(*) AS "Entries"
            FROM "FieldWorkEvents"
            WHERE {ActiveIn} AND "Kind" IN ('ResidentVisit', 'HomeVisit', 'EnterpriseVisit', 'SpecialGroupService')
                AND "PersonId" IN (SELECT "PersonId" FROM "Assignments" WHERE "UnitId" = $office)
            GROUP BY "PersonId", "Day", "Kind"
            """, new Dictionary<string, object>(Period(November)) { ["$office"] = Office.Id }),
        new("Daily quotas: a station's 20 offices, a month", new ByService("calculator", async services =>
            {
                var offices = Enumerable.Range(0, City.OfficesPerStation).Select(o => Measured.OfficeId(o)).ToList();
                var reports = await services.GetRequiredService<ThreeMustsCalculator>().DailyQuotasAsync(offices,
                    new CountyPeriod(November.First, November.End.AddDays(-1)), CancellationToken.None);
                return reports.Values.Sum(r => r!.Days.Sum(d => d.PopulationRecords + d.VehicleChecks));
            }),
            $"""
            SELECT "OwnerUnitId", {Day} AS "Day", "Kind", SUM("Count") AS "Count" FROM "FieldWorkEvents"
            WHERE {ActiveIn} AND {InScope} AND "Kind" IN ('PopulationRecordEntry', 'VehicleCheck')
            GROUP BY "OwnerUnitId", "Day", "Kind"
            """, Period(November, Station)),
        new("CountyOverview: the county, twelve months", new ByDocument("CountyOverview.graphql",
                new { from = "2025-12-01", to = "2026-12-01", bucket = "MONTH" }),
            $"""
            SELECT "Kind", {Month} AS "Month", SUM("Count") AS "Count", COUNT(*) AS "Entries" FROM "FieldWorkEvents"
            WHERE {ActiveIn} GROUP BY "Kind", "Month"
            """, Period(Year)),
        new("OfficeDailyBoard: an office's people, one day", new ByDocument("OfficeDailyBoard.graphql",
                new
                {
                    from = "2026-11-30", to = "2026-12-01", unitId = GlobalId.Encode("OrgUnit", Measured.OfficeId(0)),
                }),
            $"""
            SELECT "PersonId", "Kind", SUM("Count") AS "Count", COUNT(*) AS "Entries" FROM "FieldWorkEvents"
            WHERE {ActiveIn} AND {InScope} GROUP BY "PersonId", "Kind"
            """, Period(LastDay, Office)),
        new("CommitteeMonthlyReport: every unit, a month", new ByDocument("CommitteeMonthlyReport.graphql",
                new { from = "2026-11-01", to = "2026-12-01" }),
            $"""
            SELECT "OwnerUnitId", "Kind", SUM("Count") AS "Count", COUNT(*) AS "Entries" FROM "FieldWorkEvents"
            WHERE {ActiveIn} GROUP BY "OwnerUnitId", "Kind"
            """, Period(November)),
        new("OfficerThreeMusts: one officer, a month", new ByDocument("OfficerThreeMusts.graphql", new
            {
                id = GlobalId.Encode("Person", Measured.PersonId(0, 0)), from = "2026-11-01", to = "2026-11-30",
            }),
            $"""
            SELECT {Day} AS "Day", "Kind", SUM("Count") AS "Count", COUNT(*) AS "Entries" FROM "FieldWorkEvents"
            WHERE {ActiveIn} AND "PersonId" = $person
                AND "Kind" IN ('ResidentVisit', 'HomeVisit', 'EnterpriseVisit', 'SpecialGroupService')
            GROUP BY "Day", "Kind"
            """, new Dictionary<string, object>(Period(November)) { ["$person"] = Measured.PersonId(0, 0) }),
        new("OfficeDailyQuotas: ten offices, a month", new ByDocument("OfficeDailyQuotas.graphql",
                new { from = "2026-11-01", to = "2026-11-30" }),
            $"""
            SELECT "OwnerUnitId", {Day} AS "Day", "Kind", SUM("Count") AS "Count" FROM "FieldWorkEvents"
            WHERE {ActiveIn} AND "OwnerUnitId" BETWEEN $firstOffice AND $lastOffice
                AND "Kind" IN ('PopulationRecordEntry', 'VehicleCheck')
            GROUP BY "OwnerUnitId", "Day", "Kind"
            """, new Dictionary<string, object>(Period(November))
            {
                ["$firstOffice"] = Measured.OfficeId(0), ["$lastOffice"] = Measured.OfficeId(9),
            }),
    ];

    /// <summary>The rollup reader's totals, grouped as asked, in the bureau's scope; the figure is the work they
    /// count.</summary>
    private static ByService Reader(FieldWorkGrouping grouping, OrgUnitRef scope, (DateOnly First, DateOnly End) period,
        bool wholeMonths) => new("rollups", async services =>
        {
            var totals = await services.GetRequiredService<FieldWorkTotalsReader>().SumAsync(grouping, scope, null,
                null, period.First, period.End, wholeMonths, null, CancellationToken.None);
            return totals.Sum(t => t.Counts.Sum(c => (long)c));
        });

    /// <summary>The parameters of a county period, stored as EF Core stores instants, and of a scope's path
    /// range.</summary>
    private static Dictionary<string, object> Period((DateOnly First, DateOnly End) period, OrgUnitRef? scope = null)
    {
        static string Stored(DateOnly day) => CountyCalendar.StartOf(day).ToString("yyyy-MM-dd HH:mm:ss",
            System.Globalization.CultureInfo.InvariantCulture);
        var parameters = new Dictionary<string, object>
        {
            ["$start"] = Stored(period.First), ["$end"] = Stored(period.End),
        };
        if (scope is not null)
            (parameters["$pathStart"], parameters["$pathEnd"]) = (scope.Path, scope.Path[..^1] + "0");
        return parameters;
    }
}
