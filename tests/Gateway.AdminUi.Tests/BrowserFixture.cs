using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gateway.AdminUi.Tests;

/// <summary>
/// One app and one headless Debian chromium for every browser test; each test gets a fresh browser context (its own
/// cookies and storage), so no sign-in carries over.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public AdminHost Host { get; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath),
            $"{ChromiumPath} is missing: ./test.sh installs Debian's chromium (apt-get install chromium).");
        await ((IAsyncLifetime)Host).InitializeAsync();
        // The schema is built before the first test, not during its first request: whichever test runs first would
        // otherwise wait for it within an assertion's few seconds.
        Host.Services.GetRequiredService<ISchema>().Initialize();
        // Under the whole suite's load (both API suites on two cores beside the browser) a save can take longer than
        // an assertion's default 5 s; a test that passes waits no longer for it.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Nothing of the browser's own talks to the network: no sync, no updates, no QUIC probing.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await ((IAsyncLifetime)Host).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "admin page in a browser";
}
