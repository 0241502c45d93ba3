using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>
/// The demo county's October 2026, office by office: the officer's "three musts" and the daily quotas as the API
/// computes them equal a straight recount of the stored rows, done here in memory with the report's numbers (20
/// residents a day, 3 visit days a week, 10 services a month, 20 records and 5 vehicle checks an office a day).
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class OctoberComplianceTests(GatewayApiFactory factory, ITestOutputHelper output)
{
    private static readonly DateOnly First = new(2026, 10, 1), Last = new(2026, 10, 31);

    private const string Query = """
        { offices(first: 10) { nodes { code
            threeMusts(from: "2026-10-01", to: "2026-10-31") { person { name } binding daysMissed weeksMissed
              monthsMissed days { date met } weeks { monday met } months { month met } }
            dailyQuotas(from: "2026-10-01", to: "2026-10-31") { daysMissed days { date met } } } } }
        """;

    private sealed record Recount(string Office, string Officer, string[] DaysMet, string[] DaysMissed,
        string[] WeeksMet, string[] WeeksMissed, bool MonthMet, string[] QuotaDaysMet, string[] QuotaDaysMissed);

    [Fact]
    public async Task Each_offices_october_equals_a_straight_recount_of_the_stored_rows()
    {
        var expected = await RecountAsync();
        var offices = (await factory.CreateGraphQLClient().QueryAsync(Query))["offices"]!.Items("nodes");

        output.WriteLine("office     officer  days met/missed  weeks met/missed  month met  quota days met/missed");
        foreach (var recount in expected)
        {
            var office = offices.Single(o => o.Str("code") == recount.Office);
            var report = Assert.Single(office.Items("threeMusts"), r => r["binding"]!.GetValue<bool>());
            var quotas = office["dailyQuotas"]!;
            Assert.Equal(recount.Officer, report["person"]!.Str("name"));
            Assert.Equal(recount.DaysMet, Dates(report, "days", "date", met: true));
            Assert.Equal(recount.DaysMissed, report.Items("daysMissed").Select(d => d.GetValue<string>()));
            Assert.Equal(recount.WeeksMet, Dates(report, "weeks", "monday", met: true));
            Assert.Equal(recount.WeeksMissed, report.Items("weeksMissed").Select(d => d.GetValue<string>()));
            Assert.Equal(recount.MonthMet, Assert.Single(report.Items("months"))["met"]!.GetValue<bool>());
            Assert.Equal(recount.QuotaDaysMet, Dates(quotas, "days", "date", met: true));
            Assert.Equal(recount.QuotaDaysMissed, quotas.Items("daysMissed").Select(d => d.GetValue<string>()));
            output.WriteLine($"{recount.Office,-10} {recount.Officer,-6} {recount.DaysMet.Length,8}/"
                + $"{recount.DaysMissed.Length,-8} {recount.WeeksMet.Length,9}/{recount.WeeksMissed.Length,-8} "
                + $"{(recount.MonthMet ? "yes" : "no"),9} {recount.QuotaDaysMet.Length,14}/"
                + $"{recount.QuotaDaysMissed.Length}");
        }
        Assert.Equal(4, expected.Count);
        // The seed makes some of each kind of miss, so the comparison has something to find.
        Assert.Contains(expected, r => r.DaysMissed.Length > 0);
        Assert.Contains(expected, r => r.WeeksMissed.Length > 0);
        Assert.Contains(expected, r => !r.MonthMet);
        Assert.All(expected, r => Assert.NotEmpty(r.QuotaDaysMissed));
    }

    private static string[] Dates(JsonNode report, string list, string date, bool met) =>
        [.. report.Items(list).Where(i => i["met"]!.GetValue<bool>() == met).Select(i => i.Str(date))];

    private Task<List<Recount>> RecountAsync() => factory.WithDbAsync(async db =>
    {
        var offices = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice).ToListAsync();
        var postings = await db.Assignments.Where(a => a.Role == AssignmentRole.OfficePolice).Include(a => a.Person)
            .ToListAsync();
        var leave = await db.LeavePeriods.Where(l => l.CancelledOn == null).ToListAsync();
        var events = (await db.FieldWorkEvents.Where(e => e.Status == FieldWorkStatus.Active).ToListAsync())
            .Select(e => (Row: e, Day: CountyCalendar.DayOf(e.OccurredAt)))
            .Where(e => e.Day >= First && e.Day <= Last).ToList();
        var october = Enumerable.Range(0, 31).Select(First.AddDays).ToList();
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

        return offices.OrderBy(o => o.Code).Select(office =>
        {
            var held = postings.Where(a => a.UnitId == office.Id && a.From <= Last && (a.To == null || a.To >= First))
                .ToList();
            var officer = held.Single().Person!;
            var posted = october.Where(d => held.Any(a => a.From <= d && (a.To == null || a.To >= d))).ToList();
            var duty = posted.Where(d => !leave.Any(l => l.PersonId == officer.Id && l.From <= d && d <= l.To))
                .ToList();
            var own = events.Where(e => e.Row.PersonId == officer.Id).ToList();
            int Residents(DateOnly d) => own.Where(e => e.Day == d
                && e.Row.Kind is FieldWorkKind.ResidentVisit or FieldWorkKind.HomeVisit).Sum(e => e.Row.Count);
            bool VisitDay(DateOnly d) => own.Any(e => e.Day == d
                && e.Row.Kind is FieldWorkKind.HomeVisit or FieldWorkKind.EnterpriseVisit);
            var weeks = duty.GroupBy(d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7))).Select(w =>
            {
                var days = posted.Count(d => d >= w.Key && d < w.Key.AddDays(7));
                return (Monday: w.Key, Met: w.Count(VisitDay) >= (int)Math.Ceiling(3.0 * days / 7));
            }).ToList();
            var services = own.Count(e => duty.Contains(e.Day) && e.Row.Kind == FieldWorkKind.SpecialGroupService
                && e.Row.ResidentId != null);
            var quotaDays = october.Where(office.IsOpenOn).Select(d =>
            {
                var logged = events.Where(e => e.Row.OwnerUnitId == office.Id && e.Day == d).ToList();
                int Sum(FieldWorkKind kind) => logged.Where(e => e.Row.Kind == kind).Sum(e => e.Row.Count);
                return (Day: d, Met: Sum(FieldWorkKind.PopulationRecordEntry) >= 20
                    && Sum(FieldWorkKind.VehicleCheck) >= 5);
            }).ToList();
            return new Recount(office.Code, officer.Name,
                [.. duty.Where(d => Residents(d) >= 20).Select(Iso)],
                [.. duty.Where(d => Residents(d) < 20).Select(Iso)],
                [.. weeks.Where(w => w.Met).Select(w => Iso(w.Monday))],
                [.. weeks.Where(w => !w.Met).Select(w => Iso(w.Monday))],
                services >= (int)Math.Ceiling(10.0 * posted.Count / 31),
                [.. quotaDays.Where(q => q.Met).Select(q => Iso(q.Day))],
                [.. quotaDays.Where(q => !q.Met).Select(q => Iso(q.Day))]);
        }).ToList();
    });
}
