using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gateway.AdminUi.Tests;

/// <summary>
/// Personnel changes, office equipment, remembered and saved filters, and the page by keyboard and on a tablet. The
/// changes touch only a person these tests create (柯文澜, a grid worker posted weeks ahead, so today's boards stay
/// as the other tests read them) and the Nanjing office's equipment, which no other test reads.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PersonnelPageTests(BrowserFixture fixture)
{
    private const string NewPerson = "柯文澜";

    private static DateOnly CountyToday => DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));

    [Fact]
    public async Task A_person_is_put_on_file_edited_given_leave_posted_transferred_and_deactivated()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "personnel-changes");
        await admin.SignInAsync("nanjing.officer", "/admin/personnel");
        var page = admin.Page;
        var drawer = page.GetByRole(AriaRole.Dialog);

        // Put on file: a wrong ID number is refused at its field, then the person is created.
        await page.GetByRole(AriaRole.Button, new() { Name = "新建人员" }).ClickAsync();
        await ChooseAsync(page, drawer.GetByLabel("类别"), "网格员");
        await ChooseAsync(page, drawer.GetByLabel("所属单位"), "南井社区警务室");
        await drawer.GetByLabel("名称").FillAsync(NewPerson);
        await drawer.GetByLabel("身份证号码").FillAsync("110105194912310021");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(FieldError(drawer, "身份证号码")).ToBeVisibleAsync();
        await admin.ScreenshotAsync("create-refused");
        await drawer.GetByLabel("身份证号码").FillAsync("11010519491231002X");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("人员已建档")).ToBeVisibleAsync();

        await page.GetByPlaceholder("按姓名搜索").FillAsync(NewPerson);
        await page.GetByPlaceholder("按姓名搜索").PressAsync("Enter");
        await Expect(page.GetByTestId("personnel-total")).ToHaveTextAsync("共 1 条");
        var row = page.Locator(".ant-card .ant-table-tbody tr.ant-table-row");

        // Someone else records the phone while the drawer is open: saving answers CONFLICT and the drawer reloads.
        await row.GetByRole(AriaRole.Button, new() { Name = "编辑" }).ClickAsync();
        await Expect(drawer.GetByLabel("名称")).ToHaveValueAsync(NewPerson);
        Assert.True(await RecordPhoneElsewhereAsync(page, NewPerson, "0551-62009999"));
        await drawer.GetByLabel("工作电话").FillAsync("0551-62001234");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(drawer.GetByTestId("conflict")).ToBeVisibleAsync();
        await Expect(drawer.GetByLabel("工作电话")).ToHaveValueAsync("0551-62009999");
        await admin.ScreenshotAsync("conflict");
        await drawer.GetByLabel("工作电话").FillAsync("0551-62001234");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("人员信息已保存")).ToBeVisibleAsync();

        // Leave whose last day comes before its first is refused at the days; a week's annual leave is recorded.
        await row.GetByRole(AriaRole.Button, new() { Name = "登记请假" }).ClickAsync();
        await TypeDayAsync(page, drawer.GetByLabel("第一天"), CountyToday.AddDays(5));
        await TypeDayAsync(page, drawer.GetByLabel("最后一天"), CountyToday.AddDays(3));
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(drawer.Locator(".ant-form-item-explain-error").First).ToBeVisibleAsync();
        await TypeDayAsync(page, drawer.GetByLabel("最后一天"), CountyToday.AddDays(11));
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("已登记请假")).ToBeVisibleAsync();

        // Posted to grid NJ-02 in a month, then transferred to NJ-03 a month later.
        await row.GetByRole(AriaRole.Button, new() { Name = "任职", Exact = true }).ClickAsync();
        await ChooseAsync(page, drawer.GetByLabel("任职单位"), "南井社区警务室");
        await ChooseAsync(page, drawer.GetByLabel("网格"), "NJ-02");
        await TypeDayAsync(page, drawer.GetByLabel("起始日期"), CountyToday.AddDays(30));
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("已任职")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("NJ-02");

        await row.GetByRole(AriaRole.Button, new() { Name = "调动" }).ClickAsync();
        await ChooseAsync(page, drawer.GetByLabel("任职单位"), "南井社区警务室");
        await ChooseAsync(page, drawer.GetByLabel("网格"), "NJ-03");
        await TypeDayAsync(page, drawer.GetByLabel("新岗位起始日期"), CountyToday.AddDays(60));
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("已调动")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("NJ-03");

        // The history: both postings, the leave, which is cancelled there and stays on record.
        await row.GetByRole(AriaRole.Button, new() { Name = "履历" }).ClickAsync();
        await Expect(drawer.GetByTestId("person-details")).ToContainTextAsync("0551-62001234");
        var postings = drawer.GetByTestId("posting-history").Locator("tr.ant-table-row");
        await Expect(postings).ToHaveCountAsync(2);
        await Expect(postings.First).ToContainTextAsync("NJ-03");
        await Expect(postings.Nth(1)).ToContainTextAsync($"{CountyToday.AddDays(59):yyyy-MM-dd}");
        var leave = drawer.GetByTestId("leave-history");
        await Expect(leave).ToContainTextAsync("年休");
        await leave.GetByRole(AriaRole.Button, new() { Name = "撤销请假" }).ClickAsync();
        await page.Locator(".ant-popconfirm").GetByRole(AriaRole.Button, new() { Name = "撤销请假" }).ClickAsync();
        await Expect(leave).ToContainTextAsync("已撤销于");
        await admin.ScreenshotAsync("history");
        await page.Keyboard.PressAsync("Escape");
        await Expect(drawer).ToHaveCountAsync(0);

        // Deactivated today the posting starting later would end before it starts: refused at the day. After it, done.
        await row.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await drawer.GetByRole(AriaRole.Button, new() { Name = "停用", Exact = true }).ClickAsync();
        await Expect(drawer.GetByRole(AriaRole.Alert)).ToContainTextAsync($"确定停用 {NewPerson}？");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "确认停用" }).ClickAsync();
        await Expect(FieldError(drawer, "最后工作日")).ToBeVisibleAsync();
        await TypeDayAsync(page, drawer.GetByLabel("最后工作日"), CountyToday.AddDays(90));
        await drawer.GetByRole(AriaRole.Button, new() { Name = "停用", Exact = true }).ClickAsync();
        await drawer.GetByRole(AriaRole.Button, new() { Name = "确认停用" }).ClickAsync();
        await Expect(page.GetByText("已停用", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync($"停用于 {CountyToday.AddDays(90):yyyy-MM-dd}");
        await admin.ScreenshotAsync("deactivated");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task A_user_who_reads_phone_and_ID_number_masked_renames_a_person_and_keeps_them()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "personnel-masked");
        // The system admin changes staffing but may not read personal data.
        await admin.SignInAsync("bureau.admin", "/admin/personnel");
        var page = admin.Page;
        var drawer = page.GetByRole(AriaRole.Dialog);
        await page.GetByRole(AriaRole.Button, new() { Name = "新建人员" }).ClickAsync();
        await ChooseAsync(page, drawer.GetByLabel("类别"), "网格员");
        await ChooseAsync(page, drawer.GetByLabel("所属单位"), "南井社区警务室");
        await drawer.GetByLabel("名称").FillAsync("梁安若");
        await drawer.GetByLabel("工作电话").FillAsync("0551-62005678");
        await drawer.GetByLabel("身份证号码").FillAsync("110105199003070033");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("人员已建档")).ToBeVisibleAsync();

        await page.GetByPlaceholder("按姓名搜索").FillAsync("梁安若");
        await page.GetByPlaceholder("按姓名搜索").PressAsync("Enter");
        await Expect(page.GetByTestId("personnel-total")).ToHaveTextAsync("共 1 条");
        await page.Locator(".ant-card .ant-table-tbody tr.ant-table-row").GetByRole(AriaRole.Button,
            new() { Name = "编辑" }).ClickAsync();
        // Masked numbers are shown as placeholders, not as values a save would send back.
        await Expect(drawer.GetByLabel("工作电话")).ToHaveValueAsync("");
        await Expect(drawer.GetByLabel("工作电话")).ToHaveAttributeAsync("placeholder", "055******5678");
        await Expect(drawer.GetByLabel("身份证号码")).ToHaveAttributeAsync("placeholder", "1101**********0033");
        await admin.ScreenshotAsync("masked-edit");
        await drawer.GetByLabel("名称").FillAsync("梁安然");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("人员信息已保存")).ToBeVisibleAsync();

        using var stored = await MachineClient.QueryAsync(fixture.Host, "demo-nanjing",
            "query($name: String!) { personnel(where: { name: { eq: $name } }) { nodes { phone idNumber } } }",
            new { name = "梁安然" });
        var person = stored.RootElement.GetProperty("data").GetProperty("personnel").GetProperty("nodes")
            .EnumerateArray().Single();
        Assert.Equal(("0551-62005678", "110105199003070033"),
            (person.GetProperty("phone").GetString(), person.GetProperty("idNumber").GetString()));
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task By_keyboard_alone_on_a_tablet_a_person_is_found_and_their_history_opened_and_closed()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "keyboard-tablet");
        await admin.Page.SetViewportSizeAsync(768, 1024);
        await admin.SignInAsync("nanjing.officer");
        var page = admin.Page;
        var keyboard = page.Keyboard;

        // Upright on a tablet the menu is folded behind the header's button.
        var menu = page.GetByRole(AriaRole.Menu);
        await Expect(menu).ToBeHiddenAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "菜单" }));
        await keyboard.PressAsync("Enter");
        await Expect(menu).ToBeInViewportAsync();
        await TabToAsync(page, menu.GetByRole(AriaRole.Link, new() { Name = "人员" }));
        await keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("personnel-total")).ToContainTextAsync("共");

        await TabToAsync(page, page.GetByPlaceholder("按姓名搜索"));
        await keyboard.TypeAsync("潘平");
        await keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("personnel-total")).ToHaveTextAsync("共 1 条");
        var history = page.Locator(".ant-card .ant-table-tbody").GetByRole(AriaRole.Button, new() { Name = "履历" });
        await TabToAsync(page, history);
        await Expect(history).ToHaveCSSAsync("outline-style", "solid");
        await keyboard.PressAsync("Enter");
        var drawer = page.GetByRole(AriaRole.Dialog);
        await Expect(drawer.GetByTestId("posting-history")).ToBeVisibleAsync();
        // The drawer fits the screen.
        var box = await drawer.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 768, $"The drawer is out of the screen: {box?.X}");
        await admin.ScreenshotAsync("history");

        await keyboard.PressAsync("Escape");
        await Expect(drawer).ToHaveCountAsync(0);
        await Expect(history).ToBeFocusedAsync();
        // The table scrolls sideways inside its card; the page itself does not.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await admin.ScreenshotAsync("personnel");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task At_1280_by_800_the_menu_stays_open_and_an_offices_equipment_is_recorded()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "equipment");
        await admin.SignInAsync("nanjing.officer", "/admin/offices");
        var page = admin.Page;
        await Expect(page.GetByRole(AriaRole.Menu)).ToBeInViewportAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "南井社区警务室" }).ClickAsync();
        var equipment = page.GetByTestId("office-equipment");
        await Expect(equipment).ToContainTextAsync("摄像头");
        var cameras = int.Parse(await equipment.Locator(".ant-descriptions-item")
            .Filter(new() { HasText = "摄像头" }).Locator(".ant-descriptions-item-content").InnerTextAsync(),
            System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Button, new() { Name = "编辑装备" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.GetByLabel("摄像头").FillAsync($"{cameras + 1}");
        await drawer.GetByLabel("警用自行车").FillAsync("3");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(page.GetByText("装备已保存")).ToBeVisibleAsync();
        await Expect(equipment.Locator(".ant-descriptions-item").Filter(new() { HasText = "摄像头" }))
            .ToContainTextAsync($"{cameras + 1}");
        await Expect(equipment.Locator(".ant-descriptions-item").Filter(new() { HasText = "警用自行车" }))
            .ToContainTextAsync("3");
        Assert.True(await page.EvaluateAsync<bool>(
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await admin.ScreenshotAsync("office");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task Filters_are_remembered_for_the_user_and_a_named_filter_is_saved_picked_and_deleted()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "filters");
        await admin.SignInAsync("nanjing.officer");
        var page = admin.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "网格" }).ClickAsync();
        await page.GetByPlaceholder("按网格编码或名称搜索").FillAsync("NJ-02");
        await page.GetByPlaceholder("按网格编码或名称搜索").PressAsync("Enter");
        await Expect(page.GetByTestId("grids-total")).ToHaveTextAsync("共 1 条");

        await page.ReloadAsync();
        await Expect(page.GetByTestId("grids-total")).ToHaveTextAsync("共 1 条");
        await Expect(page.GetByPlaceholder("按网格编码或名称搜索")).ToHaveValueAsync("NJ-02");
        // Stored under the user's subject: another account on this browser starts from its own.
        var keys = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage)");
        var key = Assert.Single(keys, k => k.EndsWith(".grids.filter", StringComparison.Ordinal));
        Assert.Matches("^gateway\\.admin\\.[0-9]+\\.grids\\.filter$", key);

        await page.GetByRole(AriaRole.Link, new() { Name = "人员" }).ClickAsync();
        var total = page.GetByTestId("personnel-total");
        await Expect(total).Not.ToHaveTextAsync("共 0 条");
        var everyone = await total.InnerTextAsync();
        var kind = page.GetByRole(AriaRole.Combobox, new() { Name = "类别" });
        await ChooseAsync(page, kind, "网格员");
        await Expect(total).Not.ToHaveTextAsync(everyone);
        var gridWorkers = await total.InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存筛选" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("筛选名称").FillAsync("全部网格员");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("筛选已保存")).ToBeVisibleAsync();

        await ChooseAsync(page, kind, "全部类别");
        await Expect(total).ToHaveTextAsync(everyone);
        var saved = page.GetByRole(AriaRole.Combobox, new() { Name = "已保存的筛选" });
        await ChooseAsync(page, saved, "全部网格员");
        await Expect(total).ToHaveTextAsync(gridWorkers);
        await Expect(page.Locator(".ant-select", new() { Has = kind })).ToContainTextAsync("网格员");
        await admin.ScreenshotAsync("saved-filter");

        await page.GetByRole(AriaRole.Button, new() { Name = "删除筛选" }).ClickAsync();
        await page.Locator(".ant-popconfirm").GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await saved.ClickAsync();
        await Expect(page.Locator(".ant-select-item-option").Filter(new() { HasText = "全部网格员" }))
            .ToHaveCountAsync(0);
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    /// <summary>Another client's change, made with the signed-in user's own token straight to /graphql.</summary>
    private static Task<bool> RecordPhoneElsewhereAsync(IPage page, string name, string phone) =>
        page.EvaluateAsync<bool>("""
            async ([name, phone]) => {
              const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
              const token = JSON.parse(sessionStorage.getItem(key)).access_token;
              const call = async (query, variables) => {
                const response = await fetch('/graphql', {
                  method: 'POST',
                  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
                  body: JSON.stringify({ query, variables }),
                });
                return (await response.json()).data;
              };
              const found = await call(
                'query($name: String!) { personnel(where: { name: { eq: $name } }) { nodes { id version } } }',
                { name });
              const person = found.personnel.nodes[0];
              const changed = await call(
                'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { __typename } } }',
                { input: { id: person.id, version: person.version, name, phone, idNumber: '11010519491231002X' } });
              return changed.updatePerson.errors === null;
            }
            """, new[] { name, phone });

    private static ILocator FieldError(ILocator form, string label) =>
        form.Locator(".ant-form-item").Filter(new() { HasText = label }).Locator(".ant-form-item-explain-error");

    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".ant-select-dropdown:visible .ant-select-item-option")
            .Filter(new() { HasText = option }).First.ClickAsync();
    }

    /// <summary>Types the day into a date picker, which turns its panel to that month, and picks it there (Enter
    /// would also submit the form).</summary>
    private static async Task TypeDayAsync(IPage page, ILocator picker, DateOnly day)
    {
        await picker.ClickAsync();
        await picker.FillAsync($"{day:yyyy-MM-dd}");
        await page.Locator($".ant-picker-dropdown:visible td[title='{day:yyyy-MM-dd}']").ClickAsync();
    }

    /// <summary>Presses Tab until the element has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, ILocator target, int atMost = 60)
    {
        for (var presses = 0; presses < atMost; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab did not reach {target} in {atMost} presses.");
    }
}
