using System.Net;
using Gateway.Api.Audit;
using Gateway.Api.DemoData;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Tokens;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>System admins and intelligence officers sign in with an authenticator code; other officers with a
/// password.</summary>
public sealed class SecondFactorTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("bureau.admin")]
    [InlineData("intel.officer")]
    public async Task Accounts_with_an_authenticator_are_asked_for_a_code_and_a_wrong_one_is_refused(string userName)
    {
        using var browser = new UserSignIn(factory);
        var key = DemoPrincipals.AuthenticatorKeys[userName];
        using var afterPassword = await browser.SubmitPasswordAsync(await browser.LoginPageAsync(), userName,
            DemoPrincipals.UserPassword);
        var codePage = browser.ExpectRedirect(afterPassword, "the password to lead to the second-factor page");
        Assert.StartsWith("/account/login/second-factor?", codePage);

        using var wrong = await browser.SubmitCodeAsync(codePage, WrongCode(key));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains(LoginEndpoints.WrongCodeMessage, await wrong.Content.ReadAsStringAsync());

        using var right = await browser.SubmitCodeAsync(codePage, await browser.UnusedCodeAsync(userName));
        var back = browser.ExpectRedirect(right, "the right code to lead back to the authorization endpoint");
        Assert.StartsWith("/connect/authorize?", back);
        using var authorized = await browser.Browser.GetAsync(back);
        Assert.Contains("code=", browser.ExpectRedirect(authorized, "a code once both factors passed"));
    }

    [Theory]
    [InlineData("bureau.admin")]
    [InlineData("intel.officer")]
    public async Task Skipping_the_code_page_leaves_the_browser_signed_out(string userName)
    {
        using var browser = new UserSignIn(factory);
        using var afterPassword = await browser.SubmitPasswordAsync(await browser.LoginPageAsync(), userName,
            DemoPrincipals.UserPassword);
        var codePage = browser.ExpectRedirect(afterPassword, "the second-factor page");
        var returnUrl = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), codePage).Query)["returnUrl"]
            .ToString();

        using var authorize = await browser.Browser.GetAsync(returnUrl);

        Assert.StartsWith("/account/login?",
            browser.ExpectRedirect(authorize, "the half-signed-in browser to be sent back to the login page"));
    }

    [Fact]
    public async Task A_community_officer_signs_in_with_a_password_only()
    {
        using var browser = new UserSignIn(factory);

        using var afterPassword = await browser.SubmitPasswordAsync(await browser.LoginPageAsync(), "nanjing.officer",
            DemoPrincipals.UserPassword);

        Assert.StartsWith("/connect/authorize?",
            browser.ExpectRedirect(afterPassword, "the password alone to lead back to the authorization endpoint"));
    }

    [Fact]
    public async Task A_system_admin_without_an_authenticator_is_refused_at_the_authorization_endpoint()
    {
        await factory.WithUsersAsync(async users =>
            RoleCatalogueCheck(await users.SetTwoFactorEnabledAsync(await users.UserAsync("bureau.admin"), false)));
        using var browser = new UserSignIn(factory);
        using var afterPassword = await browser.SubmitPasswordAsync(await browser.LoginPageAsync(), "bureau.admin",
            DemoPrincipals.UserPassword);

        using var authorize = await browser.Browser.GetAsync(
            browser.ExpectRedirect(afterPassword, "the password alone to be accepted"));

        var callback = new Uri(browser.ExpectRedirect(authorize, "the refusal to be sent to the client"));
        var parameters = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(Errors.AccessDenied, parameters["error"].ToString());
        Assert.Equal("This account must sign in with a second factor.", parameters["error_description"].ToString());
        Assert.False(parameters.ContainsKey("code"));
        var audited = await factory.WithDbAsync(db => db.AuditRecords.Where(r => r.ObjectIds == "bureau.admin")
            .OrderBy(r => r.Id).Select(r => new { r.Operation, r.Outcome }).ToListAsync());
        Assert.Equal([(LoginEndpoints.SignInOperation, AuditOutcome.Succeeded),
            (LoginEndpoints.SignInOperation, AuditOutcome.Denied)], audited.Select(a => (a.Operation, a.Outcome)));
    }

    [Fact]
    public async Task A_two_factor_sign_in_is_carried_into_the_tokens_and_their_refresh()
    {
        var session = await UserSignIn.SignInAsync(factory, "bureau.admin");
        var keys = new ServerKeys(factory);

        var refreshed = await TokenRequests.RefreshAsync(factory.CreateClient(), session.RefreshToken!);

        refreshed.AssertIssued();
        Assert.Equal("mfa", keys.Payload(session.AccessToken)["amr"]!.GetValue<string>());
        Assert.Equal("mfa", keys.Payload(refreshed.AccessToken!)["amr"]!.GetValue<string>());
        Assert.Equal(Roles.SystemAdmin, keys.Payload(refreshed.AccessToken!)["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_role_that_needs_a_second_factor_given_after_a_password_sign_in_stops_the_refresh()
    {
        var session = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        var http = factory.CreateClient();
        var before = await TokenRequests.RefreshAsync(http, session.RefreshToken!);
        before.AssertIssued();

        await factory.WithUsersAsync(async users => RoleCatalogueCheck(
            await users.AddToRoleAsync(await users.UserAsync("nanjing.officer"), Roles.IntelligenceOfficer)));
        var after = await TokenRequests.RefreshAsync(http, before.RefreshToken!);

        after.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidGrant);
    }

    [Fact]
    public async Task The_login_form_needs_its_antiforgery_token()
    {
        using var browser = new UserSignIn(factory);
        var login = await browser.LoginPageAsync();
        using (await browser.Browser.GetAsync(login)) { }

        using var response = await browser.Browser.PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "nanjing.officer", ["password"] = DemoPrincipals.UserPassword,
                ["returnUrl"] = "/connect/authorize",
            }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A six-digit code that is none of the codes of the steps around now.</summary>
    private static string WrongCode(string key)
    {
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key));
        var now = DateTime.UtcNow;
        var accepted = new[] { -60, -30, 0, 30, 60 }.Select(s => totp.ComputeTotp(now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(c => !accepted.Contains(c));
    }

    private static bool RoleCatalogueCheck(Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        RoleCatalogue.Check(result);
        return true;
    }
}
