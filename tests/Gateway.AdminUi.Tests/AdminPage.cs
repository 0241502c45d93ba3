using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Gateway.Api.DemoData;
using Microsoft.Playwright;
using OtpNet;

namespace Gateway.AdminUi.Tests;

/// <summary>
/// One test's browser tab on the admin page, in a context of its own. Every request the page makes is checked: one to
/// any origin but the app's is aborted and fails the test, as does any console error (a script error, a refused
/// content-security-policy rule, a failed load).
/// </summary>
public sealed partial class AdminPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly Uri origin;
    private readonly string name;
    private readonly ConcurrentQueue<string> foreignRequests = new();
    private readonly ConcurrentQueue<string> consoleErrors = new();

    private AdminPage(IBrowserContext context, IPage page, Uri origin, string name)
    {
        this.context = context;
        Page = page;
        this.origin = origin;
        this.name = name;
    }

    public IPage Page { get; }

    /// <summary>A new tab; with <paramref name="controlledClock"/> its time runs as usual until a test moves it on
    /// (<see cref="IClock.FastForwardAsync(string)"/>).</summary>
    public static async Task<AdminPage> OpenAsync(BrowserFixture fixture, string name, bool controlledClock = false)
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 800 },
            // Without animations a click lands where the element is, not where it is moving to.
            ReducedMotion = ReducedMotion.Reduce,
        });
        if (controlledClock) await context.Clock.InstallAsync();
        var page = await context.NewPageAsync();
        var admin = new AdminPage(context, page, fixture.Host.Origin, name);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.GetLeftPart(UriPartial.Authority) == admin.origin.GetLeftPart(UriPartial.Authority))
            {
                await route.ContinueAsync();
                return;
            }
            admin.foreignRequests.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error") admin.consoleErrors.Enqueue($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => admin.consoleErrors.Enqueue(error);
        return admin;
    }

    public string Url(string path) => new Uri(origin, path).ToString();

    public Task GotoAsync(string path) => Page.GotoAsync(Url(path));

    /// <summary>Signs a demo user in from the page's sign-in button: the login page, the authenticator page for
    /// accounts that have a key, and back to the admin page, which greets the user by name.</summary>
    public async Task SignInAsync(string userName, string path = "/admin/")
    {
        await GotoAsync(path);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Page.WaitForURLAsync(new Regex("/account/login"));
        await Page.Locator("input[name=userName]").FillAsync(userName);
        await Page.Locator("input[name=password]").FillAsync(DemoPrincipals.UserPassword);
        await Page.Locator("button[type=submit]").ClickAsync();
        if (DemoPrincipals.AuthenticatorKeys.TryGetValue(userName, out var key))
        {
            await Page.WaitForURLAsync(new Regex("/account/login/second-factor"));
            await Page.Locator("input[name=code]").FillAsync(await UnusedCodeAsync(userName, key));
            await Page.Locator("button[type=submit]").ClickAsync();
        }
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/admin", StringComparison.Ordinal)
            && !url.Contains("/callback", StringComparison.Ordinal));
        await Assertions.Expect(Page.GetByTestId("viewer-name")).ToBeVisibleAsync();
    }

    /// <summary>Saves the page as it looks now, as a test artefact under TestResults/screenshots.</summary>
    public Task ScreenshotAsync(string step) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}-{step}.png"), FullPage = true });

    /// <summary>Fails when the page asked another origin for anything or logged an error.</summary>
    public void AssertNothingLeftTheMachineAndNoErrors()
    {
        Assert.True(foreignRequests.IsEmpty,
            $"Requests to other origins than {origin}: {string.Join(", ", foreignRequests)}");
        Assert.True(consoleErrors.IsEmpty, $"Console errors: {string.Join(" | ", consoleErrors)}");
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(
        Path.GetDirectoryName(typeof(AdminPage).Assembly.Location)!, "..", "..", "..", "TestResults",
        "screenshots")).FullName;

    private static readonly ConcurrentDictionary<string, long> LastStep = new();

    /// <summary>
    /// A code of the user's authenticator that the server has not accepted yet: it takes each 30-second step once and
    /// accepts the next step early, so a second sign-in within a step uses the next one, and a third waits.
    /// </summary>
    private static async Task<string> UnusedCodeAsync(string userName, string key)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var step = LastStep.TryGetValue(userName, out var last) ? Math.Max(now, last + 1) : now;
        while (step > DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + 1) await Task.Delay(1000);
        LastStep[userName] = step;
        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30)
            .UtcDateTime);
    }
}
