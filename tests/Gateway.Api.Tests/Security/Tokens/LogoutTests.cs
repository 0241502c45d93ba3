using System.Net;
using Gateway.Api.DemoData;
using Gateway.Api.Tests.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>
/// Only the user ends their session: a link or form from another site meets a confirmation page, and a
/// <c>prompt=login</c> request keeps the session until the new sign-in replaces it.
/// </summary>
public sealed class LogoutTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Officer = "nanjing.officer";
    private const string SessionCookie = ".AspNetCore.Identity.Application";

    [Fact]
    public async Task A_cross_site_get_shows_a_confirmation_page_and_keeps_the_session()
    {
        using var browser = await SignedInBrowserAsync();

        using var logout = await browser.Browser.GetAsync("/connect/logout");

        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        var page = await logout.Content.ReadAsStringAsync();
        Assert.Contains("""<form method="post" action="/connect/logout">""", page);
        Assert.Contains("__RequestVerificationToken", page);
        AssertNoSessionCookieCleared(logout);
        await AssertStillSignedInAsync(browser);
    }

    [Fact]
    public async Task Confirming_on_the_page_ends_the_session()
    {
        using var browser = await SignedInBrowserAsync();

        using var confirmed = await browser.SubmitFormAsync("/connect/logout", new());

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains(confirmed.Headers.GetValues("Set-Cookie"), c =>
            c.StartsWith(SessionCookie + "=;", StringComparison.Ordinal));
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task A_cross_site_post_without_the_antiforgery_token_keeps_the_session()
    {
        using var browser = await SignedInBrowserAsync();

        using var logout = await browser.Browser.PostAsync("/connect/logout",
            new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.NotEqual(HttpStatusCode.Redirect, logout.StatusCode);
        AssertNoSessionCookieCleared(logout);
        await AssertStillSignedInAsync(browser);
    }

    [Fact]
    public async Task The_id_token_of_the_signed_in_user_ends_the_session_without_the_page()
    {
        using var browser = new UserSignIn(factory);
        var session = await browser.RunAsync(Officer, DemoPrincipals.UserPassword, totpKey: null);

        using var logout = await browser.Browser.GetAsync(
            "/connect/logout?" + Parameters.IdTokenHint + "=" + session.IdToken);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task Another_users_id_token_does_not_end_the_session()
    {
        var other = await UserSignIn.SignInAsync(factory, "auditor");
        using var browser = await SignedInBrowserAsync();

        using var logout = await browser.Browser.GetAsync(
            "/connect/logout?" + Parameters.IdTokenHint + "=" + other.IdToken);

        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        AssertNoSessionCookieCleared(logout);
        await AssertStillSignedInAsync(browser);
    }

    [Fact]
    public async Task A_prompt_login_request_shows_the_login_page_and_keeps_the_session_if_the_user_walks_away()
    {
        using var browser = await SignedInBrowserAsync();

        using var prompted = await browser.Browser.GetAsync(
            "/connect/authorize" + FreshQuery(browser) + "&prompt=login");

        Assert.StartsWith("/account/login?", browser.ExpectRedirect(prompted, "prompt=login to show the login page"));
        AssertNoSessionCookieCleared(prompted);
        await AssertStillSignedInAsync(browser);
    }

    private async Task<UserSignIn> SignedInBrowserAsync()
    {
        var browser = new UserSignIn(factory);
        await browser.RunAsync(Officer, DemoPrincipals.UserPassword, totpKey: null);
        await AssertStillSignedInAsync(browser);
        return browser;
    }

    private static async Task AssertStillSignedInAsync(UserSignIn browser)
    {
        using var authorize = await browser.Browser.GetAsync("/connect/authorize" + FreshQuery(browser));
        Assert.Contains("code=", browser.ExpectRedirect(authorize, "the session to get a code without the login page"));
    }

    private static async Task AssertSignedOutAsync(UserSignIn browser)
    {
        using var authorize = await browser.Browser.GetAsync("/connect/authorize" + FreshQuery(browser));
        Assert.StartsWith("/account/login",
            browser.ExpectRedirect(authorize, "the signed-out browser to be sent to the login page"));
    }

    private static void AssertNoSessionCookieCleared(HttpResponseMessage response) =>
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith(SessionCookie + "=;", StringComparison.Ordinal));

    private static string FreshQuery(UserSignIn browser) =>
        browser.AuthorizeQuery(UserSignIn.DefaultScope, "s", Pkce.Create().Challenge, CodeChallengeMethods.Sha256);
}
