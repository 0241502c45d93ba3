using System.Globalization;
using System.Net;
using Gateway.Api.DemoData;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>
/// An authenticator code opens one sign-in: the same code again, or an older step's code once a newer one was used,
/// is refused, even when two browsers send the same code at once. The app runs on a fake clock in the middle of a
/// 30-second step, so which step a code belongs to never depends on when the test runs.
/// </summary>
public sealed class AuthenticatorReplayTests
{
    private const string User = "bureau.admin";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_same_code_is_accepted_once()
    {
        await using var factory = new MidStepClockFactory();
        var code = CodeAt(factory.Clock.GetUtcNow());

        using var first = await SubmitCodeAfterPasswordAsync(factory, code);
        using var second = await SubmitCodeAfterPasswordAsync(factory, code);

        AssertAccepted(first);
        AssertRefused(second);
    }

    [Fact]
    public async Task The_previous_steps_code_is_refused_once_the_current_one_was_used()
    {
        await using var factory = new MidStepClockFactory();
        var now = factory.Clock.GetUtcNow();

        using var current = await SubmitCodeAfterPasswordAsync(factory, CodeAt(now));
        using var previous = await SubmitCodeAfterPasswordAsync(factory, CodeAt(now - Step));

        AssertAccepted(current);
        AssertRefused(previous);
    }

    [Fact]
    public async Task The_next_steps_code_is_accepted_after_the_current_one_was_used()
    {
        await using var factory = new MidStepClockFactory();
        using var current = await SubmitCodeAfterPasswordAsync(factory, CodeAt(factory.Clock.GetUtcNow()));

        factory.Clock.Advance(Step);
        using var next = await SubmitCodeAfterPasswordAsync(factory, CodeAt(factory.Clock.GetUtcNow()));

        AssertAccepted(current);
        AssertAccepted(next);
    }

    [Fact]
    public async Task Two_browsers_sending_the_same_code_at_once_get_one_sign_in()
    {
        await using var factory = new MidStepClockFactory();
        var code = CodeAt(factory.Clock.GetUtcNow());
        using var first = new UserSignIn(factory);
        using var second = new UserSignIn(factory);
        var firstPage = await CodePageAsync(first);
        var secondPage = await CodePageAsync(second);

        var answers = await Task.WhenAll(first.SubmitCodeAsync(firstPage, code),
            second.SubmitCodeAsync(secondPage, code));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Unauthorized], answers.Select(a => a.StatusCode).Order());
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task A_used_step_is_recorded_for_the_signing_in_account_alone()
    {
        await using var factory = new MidStepClockFactory();
        var now = factory.Clock.GetUtcNow();
        using (var other = await SubmitCodeAfterPasswordAsync(factory, CodeAt(now - Step, OtherUser),
            OtherUser)) AssertAccepted(other);
        var before = await LastStepsAsync(factory);

        using (var signIn = await SubmitCodeAfterPasswordAsync(factory, CodeAt(now))) AssertAccepted(signIn);

        var after = await LastStepsAsync(factory);
        Assert.Equal(before[OtherUser], after[OtherUser]);
        Assert.Equal(now.ToUnixTimeSeconds() / 30, long.Parse(after[User]!, CultureInfo.InvariantCulture));
        Assert.Equal(2, after.Count);
    }

    private const string OtherUser = "intel.officer";

    private static Task<Dictionary<string, string?>> LastStepsAsync(GatewayApiFactory factory) =>
        factory.WithDbAsync(db => db.UserTokens.Where(t => t.Name == SingleUseAuthenticatorTokenProvider.LastTimeStep)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { u.UserName, t.Value })
            .ToDictionaryAsync(t => t.UserName!, t => t.Value));

    private static string CodeAt(DateTimeOffset time, string userName = User) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DemoPrincipals.AuthenticatorKeys[userName]))
            .ComputeTotp(time.UtcDateTime);

    private static async Task<HttpResponseMessage> SubmitCodeAfterPasswordAsync(GatewayApiFactory factory, string code,
        string userName = User)
    {
        using var browser = new UserSignIn(factory);
        return await browser.SubmitCodeAsync(await CodePageAsync(browser, userName), code);
    }

    private static async Task<string> CodePageAsync(UserSignIn browser, string userName = User)
    {
        using var afterPassword = await browser.SubmitPasswordAsync(await browser.LoginPageAsync(), userName,
            DemoPrincipals.UserPassword);
        var page = browser.ExpectRedirect(afterPassword, "the password to lead to the second-factor page");
        Assert.StartsWith("/account/login/second-factor?", page);
        return page;
    }

    private static void AssertAccepted(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connect/authorize", response.Headers.Location!.OriginalString);
    }

    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

    /// <summary>The app on a clock stopped 15 seconds into a 30-second step, a few seconds from the real
    /// time.</summary>
    private sealed class MidStepClockFactory : GatewayApiFactory
    {
        public FakeTimeProvider Clock { get; } =
            new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 * 30 + 15));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
