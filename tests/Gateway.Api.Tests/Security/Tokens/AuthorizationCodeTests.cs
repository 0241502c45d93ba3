using System.Net;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>The admin page's authorization code + PKCE flow, its refresh tokens and sign-out.</summary>
public sealed class AuthorizationCodeTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Officer = "nanjing.officer";

    [Fact]
    public async Task An_authorization_request_without_a_code_challenge_is_an_invalid_request()
    {
        using var browser = new UserSignIn(factory);

        using var response = await browser.Browser.GetAsync(
            "/connect/authorize" + browser.AuthorizeQuery(UserSignIn.DefaultScope, "s", codeChallenge: null,
                codeChallengeMethod: null));

        await AssertRefusedAsync(response, "The mandatory 'code_challenge' parameter is missing.");
    }

    [Fact]
    public async Task An_authorization_request_with_the_plain_method_is_an_invalid_request()
    {
        using var browser = new UserSignIn(factory);
        var pkce = Pkce.Create();

        using var response = await browser.Browser.GetAsync(
            "/connect/authorize" + browser.AuthorizeQuery(UserSignIn.DefaultScope, "s", pkce.Verifier,
                CodeChallengeMethods.Plain));

        await AssertRefusedAsync(response, "The specified 'code_challenge_method' is not supported.");
    }

    [Fact]
    public async Task An_unregistered_redirect_uri_is_refused_without_redirecting()
    {
        using var browser = new UserSignIn(factory);
        var query = browser.AuthorizeQuery(UserSignIn.DefaultScope, "s", Pkce.Create().Challenge,
            CodeChallengeMethods.Sha256)
            .Replace(Uri.EscapeDataString(browser.RedirectUri),
                Uri.EscapeDataString("https://attacker.example/callback"), StringComparison.OrdinalIgnoreCase);

        using var response = await browser.Browser.GetAsync("/connect/authorize" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Errors.InvalidRequest, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_S256_flow_gives_an_officer_a_gateway_token_that_reaches_graphql()
    {
        var session = await UserSignIn.SignInAsync(factory, Officer);

        Assert.Equal("at+jwt", TokenRequests.Header(session.AccessToken)["typ"]!.GetValue<string>());
        Assert.NotNull(session.RefreshToken);
        Assert.NotNull(session.IdToken);
        var me = await session.Client.PostAsync("{ __typename }");
        me.AssertSuccess();
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_an_invalid_grant()
    {
        using var browser = new UserSignIn(factory);
        var (code, verifier) = await SignInForCodeAsync(browser);

        var wrongVerifier = await TokenRequests.PostAsync(browser.Browser,
            RedeemForm(browser, code, Pkce.Create().Verifier));
        var rightVerifier = await TokenRequests.PostAsync(browser.Browser, RedeemForm(browser, code, verifier));

        wrongVerifier.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidGrant);
        // The code was fine: only the holder of the verifier can redeem it.
        rightVerifier.AssertIssued();
    }

    [Fact]
    public async Task A_code_is_redeemed_once()
    {
        using var browser = new UserSignIn(factory);
        var (code, verifier) = await SignInForCodeAsync(browser);

        var first = await TokenRequests.PostAsync(browser.Browser, RedeemForm(browser, code, verifier));
        var second = await TokenRequests.PostAsync(browser.Browser, RedeemForm(browser, code, verifier));

        first.AssertIssued();
        second.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidGrant);
        // A replayed code means it leaked: the tokens it gave are revoked with it.
        (await TokenRequests.RefreshAsync(browser.Browser, first.RefreshToken!))
            .AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidGrant);
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_a_redeemed_one_is_refused_at_once()
    {
        var session = await UserSignIn.SignInAsync(factory, Officer);
        var http = factory.CreateClient();

        var refreshed = await TokenRequests.RefreshAsync(http, session.RefreshToken!);
        refreshed.AssertIssued();
        Assert.NotEqual(session.RefreshToken, refreshed.RefreshToken);
        Assert.NotEqual(session.AccessToken, refreshed.AccessToken);
        (await UserSignIn.ClientWith(factory, refreshed.AccessToken!).PostAsync("{ __typename }")).AssertSuccess();

        var replayed = await TokenRequests.RefreshAsync(http, session.RefreshToken!);
        replayed.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidGrant);
        // A replay means the token leaked: the whole family is revoked, the rotated token included.
        var afterReplay = await TokenRequests.RefreshAsync(http, refreshed.RefreshToken!);
        afterReplay.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidGrant);
    }

    [Fact]
    public async Task Logout_ends_the_cookie_session()
    {
        using var browser = new UserSignIn(factory);
        await browser.RunAsync(Officer, Api.DemoData.DemoPrincipals.UserPassword, totpKey: null);
        using (var signedIn = await browser.Browser.GetAsync("/connect/authorize" + FreshQuery(browser)))
            Assert.Contains("code=",
                browser.ExpectRedirect(signedIn, "a signed-in browser to get a code without the login page"));

        // The sign-out page's form, confirmed (see LogoutTests for sign-outs the user did not ask for).
        using var logout = await browser.SubmitFormAsync("/connect/logout", new());

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c =>
            c.StartsWith(".AspNetCore.Identity.Application=;", StringComparison.Ordinal));
        using var afterLogout = await browser.Browser.GetAsync("/connect/authorize" + FreshQuery(browser));
        Assert.StartsWith("/account/login",
            browser.ExpectRedirect(afterLogout, "the signed-out browser to be sent to the login page"));
    }

    [Fact]
    public async Task Prompt_login_asks_for_the_password_again_and_then_issues_a_code()
    {
        using var browser = new UserSignIn(factory);
        await browser.RunAsync(Officer, Api.DemoData.DemoPrincipals.UserPassword, totpKey: null);

        using var prompted = await browser.Browser.GetAsync(
            "/connect/authorize" + FreshQuery(browser) + "&prompt=login");
        var login = browser.ExpectRedirect(prompted, "prompt=login to send a signed-in browser to the login page");
        using var afterPassword = await browser.SubmitPasswordAsync(login, Officer,
            Api.DemoData.DemoPrincipals.UserPassword);
        var back = browser.ExpectRedirect(afterPassword, "the login page to accept the password");
        Assert.DoesNotContain("prompt=login", back);
        using var authorized = await browser.Browser.GetAsync(back);

        Assert.Contains("code=",
            browser.ExpectRedirect(authorized, "the authorization endpoint to issue a code after the new sign-in"));
    }

    [Fact]
    public async Task A_cookie_session_alone_does_not_reach_graphql()
    {
        using var browser = new UserSignIn(factory);
        await browser.RunAsync(Officer, Api.DemoData.DemoPrincipals.UserPassword, totpKey: null);

        var response = await new GraphQLClient(browser.Browser).PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    private static string FreshQuery(UserSignIn browser) =>
        browser.AuthorizeQuery(UserSignIn.DefaultScope, "s", Pkce.Create().Challenge, CodeChallengeMethods.Sha256);

    private static async Task<(string Code, string Verifier)> SignInForCodeAsync(UserSignIn browser)
    {
        var pkce = Pkce.Create();
        using var challenge = await browser.Browser.GetAsync(
            "/connect/authorize" + browser.AuthorizeQuery(UserSignIn.DefaultScope, "s", pkce.Challenge,
                CodeChallengeMethods.Sha256));
        var next = browser.ExpectRedirect(challenge, "a redirect to the login page or the client");
        if (next.StartsWith("/account/login", StringComparison.Ordinal))
        {
            using var afterPassword = await browser.SubmitPasswordAsync(next, Officer,
                Api.DemoData.DemoPrincipals.UserPassword);
            using var authorized = await browser.Browser.GetAsync(
                browser.ExpectRedirect(afterPassword, "the password to be accepted"));
            next = browser.ExpectRedirect(authorized, "a code");
        }
        return (QueryHelpers.ParseQuery(new Uri(next).Query)["code"].ToString(), pkce.Verifier);
    }

    private static Dictionary<string, string> RedeemForm(UserSignIn browser, string code, string verifier) => new()
    {
        ["grant_type"] = GrantTypes.AuthorizationCode, ["client_id"] = UserSignIn.ClientId,
        ["redirect_uri"] = browser.RedirectUri,
        ["code"] = code, ["code_verifier"] = verifier,
    };

    /// <summary>
    /// OpenIddict checks PKCE before it trusts the redirect URI, so it answers these errors itself (400) rather
    /// than redirecting them to the client.
    /// </summary>
    private static async Task AssertRefusedAsync(HttpResponseMessage response, string description)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest,
            $"Expected 400, got {(int)response.StatusCode} {response.Headers.Location}: {body}");
        Assert.StartsWith($"error:{Errors.InvalidRequest}\n", body.ReplaceLineEndings("\n"));
        Assert.Contains($"error_description:{description}", body);
    }
}
