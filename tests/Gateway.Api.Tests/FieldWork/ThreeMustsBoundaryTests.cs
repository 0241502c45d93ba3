using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using static Gateway.Api.FieldWork.FieldWorkKind;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>Each rule of the "three musts" at its boundary, over November 2026, where the demo county has no field
/// work yet: Monday 2 to Sunday 8 is a whole week. Runs on its own copy of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class ThreeMustsBoundaryTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");

    [Fact]
    public async Task Nineteen_residents_miss_the_day_and_twenty_meet_it()
    {
        var (officer, nanjing) = await factory.OfficerAsync("nanjing");
        await factory.AddWorkAsync(officer, nanjing, (ResidentVisit, "2026-11-02", 15), (HomeVisit, "2026-11-02", 4),
            (EnterpriseVisit, "2026-11-02", 5), (Patrol, "2026-11-02", 3));

        var nineteen = Assert.Single(await Nanjing.ThreeMustsAsync(officer, "2026-11-02", "2026-11-02"));
        await factory.AddWorkAsync(officer, nanjing, (ResidentVisit, "2026-11-02", 1));
        var twenty = Assert.Single(await Nanjing.ThreeMustsAsync(officer, "2026-11-02", "2026-11-02"));

        Assert.Equal((19, 20, false), Day(nineteen));
        Assert.Equal(["2026-11-02"], nineteen.Items("daysMissed").Select(d => d.GetValue<string>()));
        Assert.Equal((20, 20, true), Day(twenty));
        Assert.Empty(twenty.Items("daysMissed"));
        Assert.True(twenty["binding"]!.GetValue<bool>());

        static (int, int, bool) Day(System.Text.Json.Nodes.JsonNode report)
        {
            var day = Assert.Single(report.Items("days"));
            return (day["residentsVisited"]!.GetValue<int>(), day["target"]!.GetValue<int>(),
                day["met"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task Two_visit_days_miss_the_week_and_the_third_meets_it()
    {
        var (officer, nanjing) = await factory.OfficerAsync("nanjing");
        // Two home visits on Monday are still one visit day.
        await factory.AddWorkAsync(officer, nanjing, (HomeVisit, "2026-11-02", 1), (HomeVisit, "2026-11-02", 1),
            (EnterpriseVisit, "2026-11-04", 1), (ResidentVisit, "2026-11-05", 30));

        var two = Week(Assert.Single(await Nanjing.ThreeMustsAsync(officer, "2026-11-02", "2026-11-08")));
        await factory.AddWorkAsync(officer, nanjing, (EnterpriseVisit, "2026-11-08", 1));
        var three = Week(Assert.Single(await Nanjing.ThreeMustsAsync(officer, "2026-11-02", "2026-11-08")));

        Assert.Equal(("2026-11-02", 7, 2, 3, false, false), two);
        Assert.Equal(("2026-11-02", 7, 3, 3, false, true), three);
    }

    [Fact]
    public async Task A_posting_from_a_thursday_cuts_the_week_and_the_month_and_scales_their_targets()
    {
        var nanjing = await factory.UnitAsync("nanjing");
        var newcomer = await factory.WithDbAsync(async db =>
        {
            var person = new Person { OwnerUnitId = nanjing.Id, Kind = PersonKind.Police, Name = "新民警",
                BadgeNumber = "NJ-TEST-1" };
            db.Add(person);
            await db.SaveChangesAsync();
            db.Add(new Assignment { OwnerUnitId = nanjing.Id, PersonId = person.Id, UnitId = nanjing.Id,
                Role = AssignmentRole.OfficePolice, From = new DateOnly(2026, 11, 5) });
            await db.SaveChangesAsync();
            return person.Id;
        });
        await factory.AddWorkAsync(newcomer, nanjing.Id, (HomeVisit, "2026-11-06", 1));

        var oneDay = Assert.Single(await Nanjing.ThreeMustsAsync(newcomer, "2026-11-02", "2026-11-08"));
        await factory.AddWorkAsync(newcomer, nanjing.Id, (HomeVisit, "2026-11-08", 1));
        var twoDays = Assert.Single(await Nanjing.ThreeMustsAsync(newcomer, "2026-11-02", "2026-11-08"));
        var november = Assert.Single(await Nanjing.ThreeMustsAsync(newcomer, "2026-11-01", "2026-11-30"));

        // Thursday to Sunday: ceil(3 × 4 ÷ 7) = 2; the 26 days of November posted: ceil(10 × 26 ÷ 30) = 9.
        Assert.Equal(("2026-11-02", 4, 1, 2, true, false), Week(oneDay));
        Assert.Equal(("2026-11-02", 4, 2, 2, true, true), Week(twoDays));
        Assert.Equal("2026-11-05", oneDay.Items("days")[0].Str("date"));
        var month = Assert.Single(november.Items("months"));
        Assert.Equal((26, 9, true), (month["postedDays"]!.GetValue<int>(), month["target"]!.GetValue<int>(),
            month["partial"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_leave_day_is_no_duty_day_and_does_not_lower_the_weeks_target()
    {
        var (officer, nanjing) = await factory.OfficerAsync("nanjing");
        await factory.AddWorkAsync(officer, nanjing, (ResidentVisit, "2026-11-02", 25));
        var before = Assert.Single(await Nanjing.ThreeMustsAsync(officer, "2026-11-02", "2026-11-04"));

        (await Nanjing.MutateAsync("recordLeave", new
        {
            personId = GlobalId.Encode("Person", officer), kind = "REST_DAY", from = "2026-11-03", to = "2026-11-03",
        })).Made("leavePeriod");
        var after = Assert.Single(await Nanjing.ThreeMustsAsync(officer, "2026-11-02", "2026-11-04"));

        Assert.Equal(["2026-11-03", "2026-11-04"], before.Items("daysMissed").Select(d => d.GetValue<string>()));
        Assert.Equal(["2026-11-04"], after.Items("daysMissed").Select(d => d.GetValue<string>()));
        Assert.Equal(["2026-11-02", "2026-11-04"], after.Items("days").Select(d => d.Str("date")));
        Assert.Equal(("2026-11-02", 3, 0, 2, true, false), Week(before));
        Assert.Equal(("2026-11-02", 3, 0, 2, true, false), Week(after));
        Assert.Equal(2, Assert.Single(after.Items("weeks"))["dutyDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_correction_and_a_void_change_the_counts()
    {
        var (officer, _) = await factory.OfficerAsync("nanjing");
        var entry = (await Nanjing.SendAsync("recordFieldWork", new
        {
            personId = GlobalId.Encode("Person", officer), kind = "RESIDENT_VISIT",
            occurredAt = "2026-11-02T09:00:00+08:00", count = 20,
        })).Made("fieldWorkEvent");
        async Task<int> VisitedAsync() => Assert.Single(Assert.Single(
            await Nanjing.ThreeMustsAsync(officer, "2026-11-02", "2026-11-02")).Items("days"))["residentsVisited"]!
            .GetValue<int>();
        var recorded = await VisitedAsync();

        var replacement = (await Nanjing.SendAsync("correctFieldWork", new
        {
            id = entry.Str("id"), version = 0, reason = "多记一人", kind = "RESIDENT_VISIT",
            occurredAt = "2026-11-02T09:00:00+08:00", count = 19,
        })).Made("fieldWorkEvent");
        var corrected = await VisitedAsync();
        (await Nanjing.SendAsync("voidFieldWork", new { id = replacement.Str("id"), version = 0, reason = "未走访" }))
            .Made("fieldWorkEvent");
        var voided = await VisitedAsync();

        Assert.Equal((20, 19, 0), (recorded, corrected, voided));
    }

    private static (string Monday, int Posted, int VisitDays, int Target, bool Partial, bool Met) Week(
        System.Text.Json.Nodes.JsonNode report)
    {
        var week = Assert.Single(report.Items("weeks"));
        return (week.Str("monday"), week["postedDays"]!.GetValue<int>(), week["visitDays"]!.GetValue<int>(),
            week["target"]!.GetValue<int>(), week["partial"]!.GetValue<bool>(), week["met"]!.GetValue<bool>());
    }
}
