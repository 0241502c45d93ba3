using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gateway.AdminUi.Tests;

/// <summary>
/// The admin page in headless chromium against the real app: sign-in through the token server, what each demo user
/// sees, a change and its refusal, sign-out and the language. Every test also fails on a console error or a request
/// to another origin (<see cref="AdminPage"/>), and saves screenshots of the pages it visits.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPageTests(BrowserFixture fixture)
{
    private static readonly string[] Offices = ["南井社区警务室", "龙祥社区警务室", "安民社区警务室", "新桥社区警务室"];

    [Fact]
    public async Task A_community_officer_sees_only_their_own_office()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "nanjing-officer");
        // A deep link survives the sign-in round trip.
        await admin.SignInAsync("nanjing.officer", "/admin/offices");
        await Expect(admin.Page).ToHaveURLAsync(admin.Url("/admin/offices"));
        await Expect(admin.Page.GetByRole(AriaRole.Link, new() { Name = "南井社区警务室" })).ToBeVisibleAsync();
        await Expect(admin.Page.Locator(".ant-table-tbody tr.ant-table-row")).ToHaveCountAsync(1);
        foreach (var other in Offices.Skip(1)) await Expect(admin.Page.GetByText(other)).ToHaveCountAsync(0);
        await admin.ScreenshotAsync("offices");

        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "人员" }).ClickAsync();
        await Expect(admin.Page.GetByTestId("personnel-total")).ToContainTextAsync("共");
        await Expect(admin.Page.GetByText("龙祥社区警务室")).ToHaveCountAsync(0);
        await admin.ScreenshotAsync("personnel");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task Ending_and_posting_a_grid_worker_changes_the_office_board()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "board");
        await admin.SignInAsync("nanjing.officer", "/admin/personnel");
        var page = admin.Page;

        // The grid worker of NJ-01 leaves the grid: their posting ends yesterday.
        await page.GetByPlaceholder("按姓名搜索").FillAsync("潘平");
        await page.GetByPlaceholder("按姓名搜索").PressAsync("Enter");
        await Expect(page.GetByTestId("personnel-total")).ToHaveTextAsync("共 1 条");
        await page.GetByRole(AriaRole.Button, new() { Name = "结束任职" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("任职已结束")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "警务室" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "南井社区警务室" }).ClickAsync();
        await Expect(page.GetByTestId("staffing-formula")).ToContainTextAsync("1+2+4");
        var vacant = page.GetByTestId("seats-NJ-01");
        await Expect(vacant.Locator(".seat-vacant")).ToHaveTextAsync("空缺");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "缺口" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync("board-with-gap");

        // Yesterday (in the county) the seat was still filled: the date picker shows the board of a past day.
        await PickDayAsync(page, CountyToday.AddDays(-1));
        await Expect(page.GetByTestId("staffing-formula")).ToContainTextAsync("1+2+5");
        await PickDayAsync(page, CountyToday);
        await Expect(page.GetByTestId("staffing-formula")).ToContainTextAsync("1+2+4");

        // A new grid worker is posted to the vacant grid from today: the board is whole again.
        await vacant.GetByRole(AriaRole.Button, new() { Name = "任职" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.Locator(".ant-select").First.ClickAsync();
        await page.Locator(".ant-select-item-option").Filter(new() { HasText = "潘平" }).ClickAsync();
        await Expect(drawer.Locator(".ant-select")).ToContainTextAsync("潘平");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("已任职")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("staffing-formula")).ToContainTextAsync("1+2+5");
        await Expect(vacant.Locator(".seat-vacant")).ToHaveCountAsync(0);
        await admin.ScreenshotAsync("board-whole");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    private static DateOnly CountyToday => DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));

    private static async Task PickDayAsync(IPage page, DateOnly day)
    {
        await page.Locator(".board-day").ClickAsync();
        await page.Locator($".ant-picker-dropdown:visible td[title='{day:yyyy-MM-dd}']").ClickAsync();
    }

    [Fact]
    public async Task The_bureau_admin_signs_in_with_the_authenticator_and_a_three_nots_refusal_shows_at_the_person()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "bureau-admin");
        await admin.SignInAsync("bureau.admin", "/admin/offices");
        var page = admin.Page;
        foreach (var office in Offices)
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = office })).ToBeVisibleAsync();
        await Expect(page.Locator(".ant-table-tbody tr.ant-table-row")).ToHaveCountAsync(4);
        await admin.ScreenshotAsync("offices");

        // Nanjing's community police officer holds an office posting today: no station duty shift (三不).
        await page.GetByRole(AriaRole.Link, new() { Name = "人员" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "类别" }).ClickAsync();
        await page.Locator(".ant-select-item-option").Filter(new() { HasText = "民警" }).First.ClickAsync();
        await page.GetByPlaceholder("按姓名搜索").FillAsync("夏思晶");
        await page.GetByPlaceholder("按姓名搜索").PressAsync("Enter");
        await Expect(page.GetByTestId("personnel-total")).ToHaveTextAsync("共 1 条");
        await page.GetByRole(AriaRole.Button, new() { Name = "排入值班表" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var personField = drawer.Locator(".ant-form-item").Filter(new() { HasText = "人员" });
        await Expect(personField.Locator(".ant-form-item-explain-error")).ToContainTextAsync("三不");
        await admin.ScreenshotAsync("three-nots");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task The_auditor_searches_the_audit_records_and_gets_no_personnel_or_offices()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "auditor");
        await admin.SignInAsync("auditor");
        var page = admin.Page;
        var menu = page.GetByRole(AriaRole.Menu);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "人员" })).ToHaveCountAsync(0);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "警务室" })).ToHaveCountAsync(0);

        await menu.GetByRole(AriaRole.Link, new() { Name = "审计" }).ClickAsync();
        await Expect(page.GetByTestId("audit-chain")).ToContainTextAsync("审计链完整");
        // The auditor's own sign-in is among the records; searching by operation leaves only sign-ins.
        await page.Locator("input#operation").FillAsync("account.signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var rows = page.Locator(".ant-table-tbody tr.ant-table-row");
        await Expect(rows.First).ToContainTextAsync("account.signin");
        // The newest record is the auditor's own sign-in either way: wait until the other operations are gone.
        await Expect(rows.Filter(new() { HasNotText = "account.signin" })).ToHaveCountAsync(0);
        await admin.ScreenshotAsync("audit");

        await admin.GotoAsync("/admin/personnel");
        await Expect(page.GetByText("无权访问此页面。")).ToBeVisibleAsync();
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task Signing_out_ends_the_session_at_the_token_server()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "sign-out");
        await admin.SignInAsync("nanjing.officer");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(admin.Page.GetByText("您已退出登录，或尚未登录。")).ToBeVisibleAsync();
        await Expect(admin.Page).ToHaveURLAsync(admin.Url("/admin/"));
        await admin.ScreenshotAsync("signed-out");

        // The server's session is gone too: signing in again asks for the password.
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await admin.Page.WaitForURLAsync(new Regex("/account/login"));
        await Expect(admin.Page.Locator("input[name=password]")).ToBeVisibleAsync();
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task The_language_switches_to_English_and_is_remembered()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "language");
        await admin.SignInAsync("nanjing.officer", "/admin/offices");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Link, new() { Name = "Personnel" })).ToBeVisibleAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Link, new() { Name = "Nanjing Community Police Office" }))
            .ToBeVisibleAsync();
        await admin.Page.ReloadAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(admin.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await admin.ScreenshotAsync("english");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task The_access_token_is_renewed_with_the_refresh_token_before_it_runs_out()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "refresh", controlledClock: true);
        await admin.SignInAsync("nanjing.officer");
        var refreshed = admin.Page.WaitForRequestAsync(request => request.Url.EndsWith("/connect/token",
            StringComparison.Ordinal) && request.PostData?.Contains("grant_type=refresh_token") == true);

        // Access tokens live 10 minutes; the page renews one a minute before it expires.
        await admin.Page.Clock.FastForwardAsync("09:30");

        var response = await (await refreshed).ResponseAsync();
        Assert.True(response?.Ok, $"The refresh was refused: {response?.Status}");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "人员" }).ClickAsync();
        await Expect(admin.Page.GetByTestId("personnel-total")).ToContainTextAsync("共");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task Thirty_minutes_without_activity_sign_the_user_out()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "idle", controlledClock: true);
        await admin.SignInAsync("nanjing.officer");
        await admin.Page.Clock.FastForwardAsync("29:00");
        await Expect(admin.Page.GetByTestId("viewer-name")).ToBeVisibleAsync();

        await admin.Page.Clock.FastForwardAsync("01:30");

        await Expect(admin.Page.GetByText("30 分钟无操作，已自动退出。")).ToBeVisibleAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync("signed-out");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task Grids_flag_households_outside_the_target_and_draw_the_boundary_from_its_geojson()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "grids");
        await admin.SignInAsync("nanjing.officer", "/admin/grids");
        var page = admin.Page;
        // Nanjing's grids only, all on one page: NJ-01 to NJ-05 and any retired before them.
        var rows = page.Locator(".ant-table-tbody tr.ant-table-row");
        await Expect(rows.First).ToContainTextAsync("NJ-");
        var count = await rows.CountAsync();
        Assert.InRange(count, 5, 20);
        await Expect(page.GetByTestId("grids-total")).ToHaveTextAsync($"共 {count} 条");
        Assert.All(await rows.AllInnerTextsAsync(), row => Assert.Contains("南井社区警务室", row));
        foreach (var row in await rows.AllAsync())
        {
            var households = int.Parse(await row.GetByTestId("households").InnerTextAsync(),
                System.Globalization.CultureInfo.InvariantCulture);
            await Expect(row.GetByText("不在 300–500 户内"))
                .ToHaveCountAsync(households is >= 300 and <= 500 ? 0 : 1);
        }
        // Today's grid worker of a grid no other test changes, as the office board shows them.
        await Expect(rows.Filter(new() { HasText = "NJ-02" })).ToContainTextAsync("张欣");

        await page.GetByRole(AriaRole.Button, new() { Name = "NJ-01" }).ClickAsync();
        var boundary = page.GetByRole(AriaRole.Img, new() { Name = "网格边界 NJ-01" });
        await Expect(boundary).ToBeVisibleAsync();
        await Expect(boundary.Locator("path"))
            .ToHaveAttributeAsync("d", new Regex("^M[0-9.]+,[0-9.]+(L[0-9.]+,[0-9.]+)+Z$"));
        await admin.ScreenshotAsync("boundary");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task GraphiQL_runs_queries_with_the_signed_in_users_token()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "graphiql");
        await admin.SignInAsync("nanjing.officer");
        var page = admin.Page;
        await page.GetByRole(AriaRole.Menu).GetByRole(AriaRole.Link, new() { Name = "GraphiQL" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(admin.Url("/admin/graphiql"));

        // The editor (Monaco, with its workers) loads with the page; the default query is in it once it is ready.
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("viewer", new() { Timeout = 20_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();

        await Expect(page.Locator(".graphiql-response"))
            .ToContainTextAsync("Nanjing community officer", new() { Timeout = 20_000 });
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("staffing.write");
        await admin.ScreenshotAsync("query");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }
}
