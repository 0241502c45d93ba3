using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Gateway.Api.DemoData;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>
/// The login page does not tell whether an account exists: an unknown user name, a wrong password and a locked
/// account get the same answer, in about the same time.
/// </summary>
public sealed partial class UserEnumerationTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>,
    IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string WrongPassword = "Gateway-demo-2025";

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer()
    {
        using var browser = new UserSignIn(factory);
        var login = await browser.LoginPageAsync();

        var unknown = await AnswerAsync(browser, login, "no.such.user", WrongPassword);
        var wrong = await AnswerAsync(browser, login, "station.admin", WrongPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(unknown, wrong);
    }

    [Fact]
    public async Task A_locked_account_gets_the_same_answer_as_an_unknown_user_and_the_audit_still_says_lockout()
    {
        using var browser = new UserSignIn(factory);
        var login = await browser.LoginPageAsync();
        for (var i = 0; i < 5; i++)
            using (await browser.SubmitPasswordAsync(login, "station.admin", WrongPassword)) { }

        var locked = await AnswerAsync(browser, login, "station.admin", DemoPrincipals.UserPassword);
        var unknown = await AnswerAsync(browser, login, "no.such.user", DemoPrincipals.UserPassword);

        Assert.Equal(unknown, locked);
        Assert.DoesNotContain("locked after", locked.Body);
        var last = await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.ObjectIds == "station.admin").OrderBy(r => r.Id)
                .Select(r => r.Operation).LastAsync());
        Assert.Equal(LoginEndpoints.LockoutOperation, last);
    }

    [Fact]
    public async Task An_unknown_user_takes_about_as_long_as_a_wrong_password()
    {
        using var browser = new UserSignIn(factory);
        var login = await browser.LoginPageAsync();
        // Three known accounts, two tries each: none reaches the five failures that lock it.
        string[] known = ["station.admin", "nanjing.officer", "auditor"];
        await TimeAsync(browser, login, "warm.up", WrongPassword);
        await TimeAsync(browser, login, known[0], WrongPassword);

        var unknownTimes = new List<TimeSpan>();
        var knownTimes = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            unknownTimes.Add(await TimeAsync(browser, login, $"no.such.user{i}", WrongPassword));
            knownTimes.Add(await TimeAsync(browser, login, known[(i + 1) % known.Length], WrongPassword));
        }

        var ratio = Median(knownTimes) / Median(unknownTimes);
        Assert.InRange(ratio, 1 / 3.0, 3.0);
    }

    private static async Task<TimeSpan> TimeAsync(UserSignIn browser, string login, string userName, string password)
    {
        var watch = Stopwatch.StartNew();
        using var response = await browser.SubmitPasswordAsync(login, userName, password);
        return watch.Elapsed;
    }

    private static double Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2).TotalMilliseconds;

    /// <summary>Status, headers that could differ and the page with its antiforgery token (new on every page)
    /// blanked.</summary>
    private static async Task<Answer> AnswerAsync(UserSignIn browser, string login, string userName, string password)
    {
        using var response = await browser.SubmitPasswordAsync(login, userName, password);
        var body = AntiforgeryToken().Replace(await response.Content.ReadAsStringAsync(), "value=\"\"");
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? string.Join("\n", values.Select(c => c.Split('=')[0])) : "";
        return new Answer(response.StatusCode, cookies, body);
    }

    private sealed record Answer(HttpStatusCode Status, string CookieNames, string Body);

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" )value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryToken();
}
