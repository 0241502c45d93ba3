using System.Net;
using Gateway.Api.DemoData;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>
/// A <c>returnUrl</c> that cannot be a redirect (control characters, CR/LF, Unicode line separators) is replaced by
/// the authorization endpoint: no 500 after a successful sign-in, and nothing injected into the response headers.
/// </summary>
public sealed class ReturnUrlTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Fallback = "/connect/authorize";

    public static TheoryData<string> Unredirectable =>
    [
        "/connect/authorize?state=1\r\nSet-Cookie: injected=1",
        "/connect/authorize?state=1\nLocation: https://attacker.example",
        "/connect/authorize?state=\u2028",
        "/connect/authorize?state=\u2029",
        "/connect/authorize?state=\u0000",
        "/connect/authorize?state=\u007f",
        "/connect/authorize?state=a b",
        "/connect/authorize?state=\u00e9",
        "/connect/authorizeX",
    ];

    [Theory]
    [MemberData(nameof(Unredirectable))]
    public async Task The_login_and_code_pages_carry_the_authorization_endpoint_instead(string returnUrl)
    {
        using var browser = new UserSignIn(factory);

        foreach (var page in new[] { "/account/login", "/account/login/second-factor" })
        {
            using var response = await browser.Browser.GetAsync(page + "?returnUrl=" + Uri.EscapeDataString(returnUrl));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"""name="returnUrl" value="{Fallback}">""", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Unredirectable))]
    public async Task A_password_sign_in_returns_to_the_authorization_endpoint_instead(string returnUrl)
    {
        using var browser = new UserSignIn(factory);

        using var response = await browser.SubmitFormAsync("/account/login", new()
        {
            ["userName"] = "nanjing.officer", ["password"] = DemoPrincipals.UserPassword, ["returnUrl"] = returnUrl,
        });

        if (returnUrl.Contains('\0'))
            // ASP.NET Core refuses a posted form holding a NUL before the endpoint runs: a clean 400, nothing
            // redirected.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        else
            AssertCleanRedirect(response, Fallback);
    }

    [Theory]
    [InlineData("/connect/authorize?state=1\r\nSet-Cookie: injected=1")]
    [InlineData("/connect/authorize?state=\u2028")]
    public async Task A_two_factor_sign_in_returns_to_the_authorization_endpoint_instead(string returnUrl)
    {
        using var browser = new UserSignIn(factory);
        using var afterPassword = await browser.SubmitFormAsync("/account/login", new()
        {
            ["userName"] = "intel.officer", ["password"] = DemoPrincipals.UserPassword, ["returnUrl"] = returnUrl,
        });
        AssertCleanRedirect(afterPassword, "/account/login/second-factor?returnUrl=" + Uri.EscapeDataString(Fallback));

        using var afterCode = await browser.SubmitFormAsync(afterPassword.Headers.Location!.OriginalString, new()
        {
            ["code"] = await browser.UnusedCodeAsync("intel.officer"), ["returnUrl"] = returnUrl,
        });

        AssertCleanRedirect(afterCode, Fallback);
    }

    private static void AssertCleanRedirect(HttpResponseMessage response, string location)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.DoesNotContain(response.Headers, h =>
            h.Value.Any(v => v.Contains("injected") || v.Contains("attacker")));
    }
}
