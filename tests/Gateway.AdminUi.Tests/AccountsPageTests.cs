using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gateway.AdminUi.Tests;

/// <summary>
/// The accounts and API clients pages: the security admin creates, gives roles to, disables and enables accounts of
/// their scope, one at a time and several at once, and a change from a row read before another is a conflict; the
/// bureau's system admin registers a client whose secret, shown once, gets a token until it is rotated, and creates
/// and revokes an API key; a user without the permissions has neither page. Each test works on accounts and clients
/// it creates, which no other test reads.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_security_admin_creates_accounts_grants_a_role_and_disables_and_enables_them()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "accounts");
        await admin.SignInAsync("station.admin", "/admin/accounts");
        var page = admin.Page;
        var prefix = $"ui{Guid.NewGuid():N}"[..12];

        // The first password is shown once after the account is created; closing the dialog forgets it.
        await CreateAccountAsync(page, $"{prefix}.a");
        var secret = page.GetByTestId("secret-once");
        await Expect(secret).ToHaveTextAsync(new Regex(@"^\S{20}$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(secret).ToHaveCountAsync(0);
        await CreateAccountAsync(page, $"{prefix}.b");
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();

        // A taken user name is refused at its field.
        await CreateAccountAsync(page, $"{prefix}.a");
        var userNameField =
            page.GetByRole(AriaRole.Dialog).Locator(".ant-form-item").Filter(new() { HasText = "用户名" });
        await Expect(userNameField.Locator(".ant-form-item-explain-error")).ToContainTextAsync("已被使用");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

        await SearchAsync(page, prefix, "共 2 条");
        var first = page.Locator("tr.ant-table-row").Filter(new() { HasText = $"{prefix}.a" });

        await first.GetByRole(AriaRole.Button, new() { Name = "角色" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.GetByRole(AriaRole.Combobox, new() { Name = "要授予的角色" }).ClickAsync();
        await page.Locator(".ant-select-item-option").Filter(new() { HasText = "intelligence-officer" }).ClickAsync();
        await drawer.GetByRole(AriaRole.Button, new() { Name = "授予" }).ClickAsync();
        await Expect(drawer.GetByTestId("account-roles")).ToContainTextAsync("情报民警");
        await drawer.Locator(".ant-drawer-close").ClickAsync();
        await Expect(first).ToContainTextAsync("情报民警");

        await first.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await ConfirmAsync(page);
        await Expect(first).ToContainTextAsync("已停用");
        await first.GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await ConfirmAsync(page);
        await Expect(first.GetByRole(AriaRole.Button, new() { Name = "停用" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync("accounts");

        // Both rows at once: each change is its own mutation, each row's outcome listed.
        await page.Locator("thead .ant-checkbox-input").CheckAsync();
        await page.GetByTestId("bulk-actions").GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await ConfirmAsync(page);
        await Expect(page.GetByTestId("bulk-results").Locator(".ant-tag").Filter(new() { HasText = "完成" }))
            .ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.Locator("tr.ant-table-row").Filter(new() { HasText = "已停用" })).ToHaveCountAsync(2);
        await page.Locator("thead .ant-checkbox-input").CheckAsync();
        await page.GetByTestId("bulk-actions").GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await Expect(page.GetByTestId("bulk-results").Locator(".ant-tag").Filter(new() { HasText = "完成" }))
            .ToHaveCountAsync(2);
        await admin.ScreenshotAsync("accounts-bulk");
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.Locator("tr.ant-table-row").Filter(new() { HasText = "已停用" })).ToHaveCountAsync(0);
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task The_system_admin_registers_a_client_whose_secret_works_until_rotated_and_manages_its_keys()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "api-clients");
        await admin.SignInAsync("bureau.admin", "/admin/api-clients");
        var page = admin.Page;
        var clientId = $"ui-{Guid.NewGuid():N}"[..15];

        await page.GetByRole(AriaRole.Button, new() { Name = "注册客户端" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.GetByLabel("客户端 ID").FillAsync(clientId);
        await drawer.GetByLabel("显示名称").FillAsync("大屏测试");
        await PickFirstAsync(page, drawer.GetByRole(AriaRole.Combobox, new() { Name = "所属单位" }));
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var firstSecret = await SecretShownOnceAsync(page);
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(clientId, firstSecret));

        var row = page.Locator("tr.ant-table-row").Filter(new() { HasText = clientId });
        await row.GetByRole(AriaRole.Button, new() { Name = "轮换密钥" }).ClickAsync();
        await ConfirmAsync(page);
        var secondSecret = await SecretShownOnceAsync(page);
        Assert.NotEqual(firstSecret, secondSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenStatusAsync(clientId, firstSecret));
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(clientId, secondSecret));
        await Expect(row).Not.ToContainTextAsync(secondSecret);

        // The server checks the ranges and shows its refusal at the field.
        await row.GetByRole(AriaRole.Button, new() { Name = "访问限制" }).ClickAsync();
        await drawer.GetByLabel("允许的地址（CIDR）").FillAsync("10.20.0.0/99");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var addresses = drawer.Locator(".ant-form-item").Filter(new() { HasText = "允许的地址" });
        await Expect(addresses.Locator(".ant-form-item-explain-error")).ToContainTextAsync("10.20.0.0/99");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = "API 密钥" }).ClickAsync();
        await drawer.GetByLabel("用途").FillAsync("接口联调");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "新建只读密钥" }).ClickAsync();
        Assert.StartsWith("gwk_", await SecretShownOnceAsync(page), StringComparison.Ordinal);
        var key = drawer.GetByTestId("api-keys").Locator("tr.ant-table-row").Filter(new() { HasText = "接口联调" });
        await Expect(key).ToContainTextAsync("有效");
        await admin.ScreenshotAsync("api-keys");
        await key.GetByRole(AriaRole.Button, new() { Name = "吊销" }).ClickAsync();
        await ConfirmAsync(page);
        await Expect(key).ToContainTextAsync("已吊销");
        await drawer.Locator(".ant-drawer-close").ClickAsync();
        await admin.ScreenshotAsync("api-clients");
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task A_change_from_a_row_read_before_another_change_is_a_conflict_and_the_row_reloads()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "accounts-conflict");
        await admin.SignInAsync("station.admin", "/admin/accounts");
        var prefix = $"ui{Guid.NewGuid():N}"[..12];
        await CreateAccountAsync(admin.Page, prefix);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await SearchAsync(admin.Page, prefix, "共 1 条");

        // The same administrator disables the account in another tab; this tab still shows the version before.
        await using var other = await AdminPage.OpenAsync(fixture, "accounts-conflict-other");
        await other.SignInAsync("station.admin", "/admin/accounts");
        await SearchAsync(other.Page, prefix, "共 1 条");
        await other.Page.Locator("tr.ant-table-row").GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await ConfirmAsync(other.Page);
        await Expect(other.Page.Locator("tr.ant-table-row")).ToContainTextAsync("已停用");

        var row = admin.Page.Locator("tr.ant-table-row");
        await Expect(row).Not.ToContainTextAsync("已停用");
        await row.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await ConfirmAsync(admin.Page);
        await Expect(admin.Page.GetByText("该记录已被他人修改")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("已停用");
        admin.AssertNothingLeftTheMachineAndNoErrors();
        other.AssertNothingLeftTheMachineAndNoErrors();
    }

    [Fact]
    public async Task A_community_officer_has_neither_page_in_the_menu_nor_by_its_address()
    {
        await using var admin = await AdminPage.OpenAsync(fixture, "accounts-no-access");
        await admin.SignInAsync("nanjing.officer", "/admin/accounts");
        var page = admin.Page;
        await Expect(page.GetByText("无权访问此页面。")).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Menu, new() { Name = "menu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "人员" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "账号" })).ToHaveCountAsync(0);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "API 客户端" })).ToHaveCountAsync(0);
        await admin.GotoAsync("/admin/api-clients");
        await Expect(page.GetByText("无权访问此页面。")).ToBeVisibleAsync();
        admin.AssertNothingLeftTheMachineAndNoErrors();
    }

    private static async Task CreateAccountAsync(IPage page, string userName)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "新建账号" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.GetByLabel("用户名").FillAsync(userName);
        await drawer.GetByLabel("显示名称").FillAsync($"测试 {userName}");
        await PickFirstAsync(page, drawer.GetByRole(AriaRole.Combobox, new() { Name = "所属单位" }));
        await drawer.GetByRole(AriaRole.Button, new() { Name = "生成密码" }).ClickAsync();
        await drawer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
    }

    private static async Task SearchAsync(IPage page, string text, string total)
    {
        await page.GetByPlaceholder("按用户名或显示名称搜索").FillAsync(text);
        await page.GetByPlaceholder("按用户名或显示名称搜索").PressAsync("Enter");
        await Expect(page.GetByTestId("accounts-total")).ToHaveTextAsync(total);
    }

    private static async Task PickFirstAsync(IPage page, ILocator select)
    {
        await select.ClickAsync();
        await page.Locator(".ant-select-dropdown:visible .ant-select-item-option").First.ClickAsync();
    }

    private static Task ConfirmAsync(IPage page) =>
        page.Locator(".ant-popconfirm:visible").GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();

    /// <summary>Reads the secret in the one-time dialog and closes it; the dialog keeps nothing.</summary>
    private static async Task<string> SecretShownOnceAsync(IPage page)
    {
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "请立即保存" });
        await Expect(dialog).ToContainTextAsync("只显示这一次");
        var secret = (await dialog.GetByTestId("secret-once").TextContentAsync())!.Trim();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        return secret;
    }

    private async Task<HttpStatusCode> TokenStatusAsync(string clientId, string secret)
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.Origin };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
                ["scope"] = "gateway",
            }));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("access_token").GetString()));
        }
        return response.StatusCode;
    }
}
