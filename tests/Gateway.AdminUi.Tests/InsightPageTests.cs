using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gateway.AdminUi.Tests;

/// <summary>
/// The compliance and statistics pages against the real app: the figures they show are the API's, checked here
/// against the same API asked by a machine client of the same scope; charts draw on a canvas under the page's policy.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InsightPageTests(BrowserFixture fixture)
{
    private static readonly string[] OtherOffices = ["龙祥社区警务室", "安民社区警务室", "新桥社区警务室"];

    /// <summary>A past month of the demo county's field work (August to October 2026).</summary>
    private static readonly DateOnly DemoFieldWorkMonth = new(2026, 9, 1);

    private static DateOnly CountyToday => DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));

    [Fact]
    public async Task Statistics_draw_the_county_overview_with_the_apis_figures_and_switch_buckets()
    {
        // The page's default: the last twelve months, one bucket a month. The busiest month's diverted requests, as
        // a machine client of the same station counts them.
        var thisMonth = new DateOnly(CountyToday.Year, CountyToday.Month, 1);
        using var answer = await MachineClient.QueryAsync(fixture.Host, "demo-station", $$"""
            { statistics(from: "{{thisMonth.AddMonths(-11):yyyy-MM-dd}}", to: "{{thisMonth.AddMonths(1):yyyy-MM-dd}}",
                bucket: MONTH, groupBy: SCOPE) { requests { bucket diverted } } }
            """);
        var busiest = answer.RootElement.GetProperty("data").GetProperty("statistics").GetProperty("requests")
            .EnumerateArray().MaxBy(r => r.GetProperty("diverted").GetInt32());

        // The station's intelligence officer signs in with an authenticator code and holds statistics.read for the
        // station and its four offices (the bureau's system admin does not read statistics).
        await using var admin = await AdminPage.OpenAsync(fixture, "statistics");
        await admin.SignInAsync("intel.officer", "/admin/statistics");
        var page = admin.Page;
        var requests = page.GetByTestId("chart-requests");
        // A year of every statistic is the heaviest request of the page: a host that has not counted one yet takes a
        // while on a busy machine.
        await Expect(requests.Locator("canvas").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var busiestRow = requests.Locator("tbody tr").Filter(new() { HasText = busiest.GetProperty("bucket")
            .GetString()![..7] });
        await Expect(busiestRow.Locator("td").Nth(1)).ToHaveTextAsync($"{busiest.GetProperty("diverted").GetInt32()}");
        // The tooltip is drawn on the canvas: hovering writes no style attribute the page's policy would refuse.
        await requests.Locator("canvas").First.HoverAsync();

        // Informant figures are published once a month is over: this month's cells say so rather than show zero.
        var informants = page.GetByTestId("chart-informants");
        await Expect(informants.Locator("canvas").First).ToBeVisibleAsync();
        await Expect(informants.Locator("tbody tr").Filter(new() { HasText = $"{thisMonth:yyyy-MM}" }))
            .ToContainTextAsync("未发布");
        await Expect(page.GetByTestId("chart-board-field-work").Locator("canvas").First).ToBeVisibleAsync();
        await admin.ScreenshotAsync("months");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "统计粒度" }).ClickAsync();
        await page.Locator(".ant-select-item-option").Filter(new() { HasText = "季度" }).ClickAsync();
        var quarter = $"{CountyToday.Year} Q{(CountyToday.Month - 1) / 3 + 1}";
        await Expect(requests.Locator("tbody tr").Filter(new() { HasText = quarter }))
            .ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(requests.Locator("canvas").First).ToBeVisibleAsync();
        await admin.ScreenshotAsync("quarters");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task Compliance_shows_an_officer_their_own_office_and_their_missed_days_of_a_past_month()
    {
        // The office's police officer's duty days below the target, as a machine client of the office counts them.
        using var answer = await MachineClient.QueryAsync(fixture.Host, "demo-nanjing", $$"""
            { offices(first: 10) { nodes { threeMusts(from: "{{DemoFieldWorkMonth:yyyy-MM-dd}}",
                to: "{{DemoFieldWorkMonth.AddMonths(1).AddDays(-1):yyyy-MM-dd}}") {
                    binding person { name } daysMissed } } } }
            """);
        var officer = answer.RootElement.GetProperty("data").GetProperty("offices").GetProperty("nodes")
            .EnumerateArray().SelectMany(o => o.GetProperty("threeMusts").EnumerateArray())
            .Single(r => r.GetProperty("binding").GetBoolean());
        var missed = officer.GetProperty("daysMissed").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.NotEmpty(missed);

        await using var admin = await AdminPage.OpenAsync(fixture, "compliance");
        await admin.SignInAsync("nanjing.officer", "/admin/compliance");
        var page = admin.Page;
        await page.Locator("#compliance-month").ClickAsync();
        await page.Locator("#compliance-month").FillAsync($"{DemoFieldWorkMonth:yyyy-MM}");
        await page.Locator("#compliance-month").PressAsync("Enter");
        await Expect(page.GetByTestId("compliance-days")).ToContainTextAsync($"{DemoFieldWorkMonth:yyyy-MM}-");

        var offices = page.GetByTestId("compliance-offices");
        await Expect(offices.Locator("tbody tr.ant-table-row")).ToHaveCountAsync(1);
        await Expect(offices).ToContainTextAsync("南井社区警务室");
        await Expect(page.GetByTestId("compliance-total")).ToHaveTextAsync("共 1 条");
        foreach (var other in OtherOffices) await Expect(page.GetByText(other)).ToHaveCountAsync(0);

        await Expect(page.GetByTestId("compliance-person").Locator(".ant-select"))
            .ToContainTextAsync(officer.GetProperty("person").GetProperty("name").GetString()!);
        var missedDays = page.GetByTestId("compliance-days").Locator("tbody tr.compliance-missed");
        await Expect(missedDays).ToHaveCountAsync(missed.Count);
        await Expect(missedDays.First).ToContainTextAsync(missed[0]);
        await Expect(missedDays.First).ToContainTextAsync("未达标");
        await admin.ScreenshotAsync("last-month");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task ECharts_is_not_part_of_the_first_load()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.Origin };
        var page = await http.GetStringAsync("/admin/");
        var firstLoad = Regex.Matches(page, "(?:src|href)=\"(/admin/assets/[^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(firstLoad);
        foreach (var asset in firstLoad)
            Assert.DoesNotContain("echarts", await http.GetStringAsync(asset), StringComparison.OrdinalIgnoreCase);
    }
}
