using Gateway.Api.Requests;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Statistics.StatisticsAnswers;

namespace Gateway.Api.Tests.Statistics;

/// <summary>The <c>requests</c> and <c>departments</c> statistics against a recount of the demo county's
/// requests.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class RequestStatisticsTests(GatewayApiFactory factory)
{
    private const string Columns = "diverted divertedConsultations divertedAppeals divertedComplaints divertedReports "
        + "divertedMajorEmergencies repliedOnTime repliedLate onTimeRate overdueNow chases extensionsApproved scored "
        + "meanEffectiveness meanResidentsEvaluation meanProcedure returnVisits satisfaction";

    private const string DepartmentColumns = "departmentId departmentName dispatched replied repliedOnTime closed "
        + "overdueNow chases extensionsApproved scored meanEffectiveness meanResidentsEvaluation meanProcedure "
        + "returnVisits satisfaction";

    private sealed record Event(long Unit, DateOnly Month, int Value = 0, bool Flag = false);

    private sealed record Recount(List<ServiceRequest> Requests, List<Event> Chases, List<Event> Extensions,
        List<Event> Scores, List<Event> Visits);

    private Task<Recount> RecountAsync() => factory.WithDbAsync(async db => new Recount(
        await db.ServiceRequests.AsNoTracking().ToListAsync(),
        [.. (await db.RequestChases.Select(c => new { c.OwnerUnitId, c.ChasedAt }).ToListAsync())
            .Select(c => new Event(c.OwnerUnitId, MonthOf(c.ChasedAt)))],
        [.. (await db.RequestExtensions.Where(e => e.Decision == ExtensionDecision.Approved)
                .Select(e => new { e.OwnerUnitId, e.DecidedAt }).ToListAsync())
            .Select(e => new Event(e.OwnerUnitId, MonthOf(e.DecidedAt!.Value)))],
        [.. (await db.RequestScorings.Select(s => new { s.OwnerUnitId, s.ScoredAt, s.Procedure }).ToListAsync())
            .Select(s => new Event(s.OwnerUnitId, MonthOf(s.ScoredAt), s.Procedure))],
        [.. (await db.ReturnVisits.Select(v => new { v.OwnerUnitId, v.VisitedAt, v.Satisfied }).ToListAsync())
            .Select(v => new Event(v.OwnerUnitId, MonthOf(v.VisitedAt), Flag: v.Satisfied))]));

    [Fact]
    public async Task The_county_diverted_214_requests_in_2026_by_kind()
    {
        var requests = (await RecountAsync()).Requests.Where(r => r.DivertedAt is not null).ToList();
        var row = Assert.Single(await factory.CreateGraphQLClient("demo-dashboard")
            .RowsAsync("requests", Columns, Variables("YEAR", "SCOPE")));
        Assert.Equal(214, row.Int("diverted"));
        Assert.Equal(
            [.. new[] { RequestKind.Consultation, RequestKind.Appeal, RequestKind.Complaint, RequestKind.Report,
                RequestKind.MajorEmergency }.Select(kind => requests.Count(r => r.Kind == kind))],
            new[] { "divertedConsultations", "divertedAppeals", "divertedComplaints", "divertedReports",
                "divertedMajorEmergencies" }.Select(row.Int));
    }

    [Fact]
    public async Task Every_unit_and_month_matches_a_recount()
    {
        var recount = await RecountAsync();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var rows = await factory.CreateGraphQLClient("demo-dashboard")
            .RowsAsync("requests", Columns, Variables("MONTH", "UNIT"));
        Assert.Equal(214, rows.Sum(r => r.Int("diverted")));
        foreach (var row in rows)
        {
            bool Mine(Event e) => e.Unit == row.Unit() && e.Month == row.Bucket();
            var owned = recount.Requests.Where(r => r.OwnerUnitId == row.Unit()).ToList();
            var replied = owned.Where(r => r.RepliedAt is { } at && MonthOf(at) == row.Bucket()).ToList();
            var onTime = replied.Count(r => r.RepliedAt <= r.Deadline);
            var scores = recount.Scores.Where(Mine).ToList();
            var visits = recount.Visits.Where(Mine).ToList();
            Assert.Equal(owned.Count(r => r.DivertedAt is { } at && MonthOf(at) == row.Bucket()), row.Int("diverted"));
            Assert.Equal((onTime, replied.Count - onTime), (row.Int("repliedOnTime"), row.Int("repliedLate")));
            Assert.Equal(Rate(onTime, replied.Count), row.Double("onTimeRate"));
            Assert.Equal(recount.Chases.Count(Mine), row.Int("chases"));
            Assert.Equal(recount.Extensions.Count(Mine), row.Int("extensionsApproved"));
            Assert.Equal(scores.Count, row.Int("scored"));
            Assert.Equal(Rate(scores.Sum(s => s.Value), scores.Count), row.Double("meanProcedure"));
            Assert.Equal((visits.Count, Rate(visits.Count(v => v.Flag), visits.Count)),
                (row.Int("returnVisits"), row.Double("satisfaction")));
            Assert.Equal(row.Bucket().Month == 12
                    ? owned.Count(r => r.Deadline < now && !ServiceRequest.Answered.Contains(r.Stage)) : null,
                row.IntOrNull("overdueNow"));
        }
    }

    [Fact]
    public async Task Departments_per_year_are_departmentPerformance_and_their_months_add_up_to_it()
    {
        var client = factory.CreateGraphQLClient("demo-dashboard");
        var performance = (await factory.CreateGraphQLClient("demo-bureau").QueryAsync(
                "{ departmentPerformance(year: 2026) { departmentId dispatched replied repliedOnTime closed overdueNow "
                + "chases extensionsApproved scored meanProcedure returnVisits satisfiedShare } }"))
            .Items("departmentPerformance").ToDictionary(d => d.Str("departmentId"));
        var years = await client.RowsAsync("departments", DepartmentColumns, Variables("YEAR", "SCOPE"));
        Assert.Equal(performance.Keys.Order(), years.Select(r => r.Str("departmentId")).Order());
        foreach (var row in years)
        {
            var expected = performance[row.Str("departmentId")];
            foreach (var column in new[] { "dispatched", "replied", "repliedOnTime", "closed", "overdueNow", "chases",
                "extensionsApproved", "scored", "returnVisits" })
                Assert.Equal(expected.Int(column), row.Int(column));
            Assert.Equal(Round(expected.Double("meanProcedure")), row.Double("meanProcedure"));
            Assert.Equal(Round(expected.Double("satisfiedShare")), row.Double("satisfaction"));
        }

        var months = await client.RowsAsync("departments", DepartmentColumns, Variables("MONTH", "UNIT"));
        Assert.Equal(years.Count * 12 * months.Select(r => r.Unit()).Distinct().Count(), months.Count);
        foreach (var row in years)
            Assert.Equal(row.Int("dispatched"), months.Where(m => m.Str("departmentId") == row.Str("departmentId"))
                .Sum(m => m.Int("dispatched")));
    }

    [Fact]
    public async Task An_office_counts_its_own_requests_and_other_cuts_are_refused_at_a_flat_cost()
    {
        var nanjing = await factory.WithDbAsync(db => db.OrgUnits.SingleAsync(u => u.Code == "nanjing"));
        var expected = await factory.WithDbAsync(db => db.ServiceRequests
            .CountAsync(r => r.OwnerUnitId == nanjing.Id && r.DivertedAt != null));
        var office = factory.CreateGraphQLClient("demo-nanjing");
        Assert.Equal(expected, Assert.Single(await office.RowsAsync("requests", Columns, Variables("YEAR", "SCOPE")))
            .Int("diverted"));
        var dispatched = await factory.WithDbAsync(db => db.RequestDispatches.CountAsync(d =>
            d.OwnerUnitId == nanjing.Id && d.DispatchedAt >= new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(dispatched, (await office.RowsAsync("departments", DepartmentColumns,
            Variables("YEAR", "SCOPE"))).Sum(r => r.Int("dispatched")));

        var client = factory.CreateGraphQLClient("demo-bureau");
        foreach (var statistic in new[] { "requests", "departments" })
        {
            var refused = await client.PostAsync(Query(statistic, "bucket"), Variables("MONTH", "GRID"));
            Assert.Contains("UNSUPPORTED_GROUPING", refused.ErrorCodes);
        }
        var (_, year) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("requests", Columns, Variables("YEAR", "UNIT")));
        var (_, days) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("requests", Columns, Variables("DAY", "UNIT", from: "2026-05-01")));
        Assert.Equal(year, days);
        var (_, departmentYear) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("departments", DepartmentColumns, Variables("YEAR", "UNIT")));
        var (_, departmentWeeks) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("departments", DepartmentColumns, Variables("WEEK", "UNIT")));
        Assert.Equal(departmentYear, departmentWeeks);
        Assert.True(year <= 11 && departmentYear <= 13, $"{year} and {departmentYear} commands");
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
