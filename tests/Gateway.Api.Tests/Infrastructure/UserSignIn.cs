using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Gateway.Api.DemoData;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Security.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>Tokens a person got through the admin page's sign-in, and a <c>/graphql</c> client carrying the access
/// token.</summary>
public sealed record UserSession(string AccessToken, string? RefreshToken, string? IdToken, GraphQLClient Client);

/// <summary>
/// A browser signing a person in to the admin page: authorization code + PKCE (S256) through the real
/// <c>/connect/authorize</c>, login page (with its antiforgery token), authenticator-code page and
/// <c>/connect/token</c>. Cookies are kept and redirects are not followed, so every step can be inspected.
/// </summary>
public sealed partial class UserSignIn(GatewayApiFactory factory, HttpClient browser) : IDisposable
{
    public const string ClientId = AdminPageClient.ClientId;
    public const string DefaultScope = "openid gateway offline_access";

    public UserSignIn(GatewayApiFactory factory) : this(factory, factory.CreateClient(
        new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }))
    {
    }

    /// <summary>The cookie-keeping, non-redirecting client that plays the browser (its requests may reach another
    /// instance on the same database).</summary>
    public HttpClient Browser { get; } = browser;

    /// <summary>A redirect URI the <c>gateway-admin</c> client was seeded with
    /// (<c>Security:AdminClient:RedirectUris</c>).</summary>
    public string RedirectUri { get; } =
        factory.Services.GetRequiredService<IConfiguration>().GetSection("Security:AdminClient:RedirectUris")
            .Get<string[]>()?.FirstOrDefault()
        ?? throw new InvalidOperationException(
            "Security:AdminClient:RedirectUris is empty; the admin client has no redirect URI to sign in through.");

    /// <summary>
    /// Signs a demo user in with the demo password and, for accounts that have one, their demo authenticator key.
    /// </summary>
    public static Task<UserSession> SignInAsync(GatewayApiFactory factory, string userName) =>
        SignInAsync(factory, userName, DemoPrincipals.UserPassword,
            DemoPrincipals.AuthenticatorKeys.GetValueOrDefault(userName));

    /// <summary>Signs <paramref name="userName"/> in; fails the test unless every step succeeds.</summary>
    public static async Task<UserSession> SignInAsync(GatewayApiFactory factory, string userName, string password,
        string? totpKey, string scope = DefaultScope)
    {
        using var signIn = new UserSignIn(factory);
        return await signIn.RunAsync(userName, password, totpKey, scope);
    }

    /// <summary>The whole flow on this browser: authorize, sign in, second factor if asked, redeem the code.</summary>
    public async Task<UserSession> RunAsync(string userName, string password, string? totpKey,
        string scope = DefaultScope)
    {
        var pkce = Pkce.Create();
        var state = Pkce.RandomUrlSafe();
        var query = AuthorizeQuery(scope, state, pkce.Challenge, "S256");
        using var challenge = await Browser.GetAsync("/connect/authorize" + query);
        var loginUrl = ExpectRedirect(challenge,
            "the authorization endpoint to send an anonymous browser to the login page");
        Assert.StartsWith("/account/login", new Uri(Browser.BaseAddress!, loginUrl).AbsolutePath);

        using var afterPassword = await SubmitPasswordAsync(loginUrl, userName, password);
        var next = ExpectRedirect(afterPassword, $"the login page to accept {userName}'s password");
        if (next.StartsWith("/account/login/second-factor", StringComparison.Ordinal))
        {
            Assert.True(totpKey is not null,
                $"{userName} was asked for an authenticator code but no TOTP key was given.");
            using var afterCode = await SubmitCodeAsync(next, await UnusedCodeAsync(userName, totpKey));
            next = ExpectRedirect(afterCode, $"the second-factor page to accept {userName}'s code");
        }

        using var authorized = await Browser.GetAsync(next);
        var callback = new Uri(ExpectRedirect(authorized, $"the authorization endpoint to issue {userName} a code"));
        var parameters = QueryHelpers.ParseQuery(callback.Query);
        Assert.True(parameters.ContainsKey("code"), $"No code in the callback {callback}.");
        Assert.Equal(state, parameters["state"].ToString());
        Assert.StartsWith(RedirectUri, callback.ToString(), StringComparison.Ordinal);

        using var redeemed = await RedeemCodeAsync(parameters["code"]!, pkce.Verifier);
        var body = await redeemed.Content.ReadAsStringAsync();
        Assert.True(redeemed.StatusCode == HttpStatusCode.OK,
            $"Redeeming {userName}'s code failed: {(int)redeemed.StatusCode} {body}");
        var json = JsonNode.Parse(body)!;
        var accessToken = json["access_token"]!.GetValue<string>();
        return new UserSession(accessToken, json["refresh_token"]?.GetValue<string>(),
            json["id_token"]?.GetValue<string>(), ClientWith(factory, accessToken));
    }

    /// <summary>The query string of an authorization request of the admin client; a null argument leaves its parameter
    /// out.</summary>
    public string AuthorizeQuery(string scope, string? state, string? codeChallenge, string? codeChallengeMethod)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = codeChallengeMethod,
        };
        return QueryString.Create(parameters.Where(p => p.Value is not null)).ToUriComponent();
    }

    /// <summary>GETs the login page at <paramref name="loginUrl"/> and posts its form with the given
    /// credentials.</summary>
    public Task<HttpResponseMessage> SubmitPasswordAsync(string loginUrl, string userName, string password) =>
        SubmitFormAsync(loginUrl, new() { ["userName"] = userName, ["password"] = password });

    /// <summary>GETs the second-factor page at <paramref name="pageUrl"/> and posts its form with
    /// <paramref name="code"/>.</summary>
    public Task<HttpResponseMessage> SubmitCodeAsync(string pageUrl, string code) =>
        SubmitFormAsync(pageUrl, new() { ["code"] = code });

    /// <summary>Redeems an authorization code at the token endpoint.</summary>
    public Task<HttpResponseMessage> RedeemCodeAsync(string code, string codeVerifier) =>
        Browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["code"] = code,
            ["code_verifier"] = codeVerifier,
        }));

    /// <summary>
    /// A code the app accepts for <paramref name="userName"/> now: it takes one 30-second step either side of its
    /// clock, each step once per account, so sign-ins of one account in quick succession use the next step's code.
    /// </summary>
    public Task<string> UnusedCodeAsync(string userName) =>
        UnusedCodeAsync(userName, DemoPrincipals.AuthenticatorKeys[userName]);

    private async Task<string> UnusedCodeAsync(string userName, string totpKey)
    {
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var step = now.ToUnixTimeSeconds() / 30;
        var lastUsed = await factory.WithUsersAsync(async users =>
            await users.GetAuthenticationTokenAsync(await users.UserAsync(userName),
                SingleUseAuthenticatorTokenProvider.LoginProvider, SingleUseAuthenticatorTokenProvider.LastTimeStep));
        if (lastUsed is not null) step = Math.Max(step, long.Parse(lastUsed, CultureInfo.InvariantCulture) + 1);
        Assert.True(step <= now.ToUnixTimeSeconds() / 30 + 1,
            $"{userName} signed in more often than one 30-second step allows.");
        return new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(totpKey))
            .ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
    }

    /// <summary>A <c>/graphql</c> client carrying <paramref name="accessToken"/>.</summary>
    public static GraphQLClient ClientWith(GatewayApiFactory factory, string accessToken)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new GraphQLClient(http);
    }

    /// <summary>The Location of a 302, relative when it points into the app.</summary>
    public string ExpectRedirect(HttpResponseMessage response, string expectation)
    {
        var location = response.Headers.Location;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null)
            Assert.Fail(
                $"Expected {expectation} (302), got {(int)response.StatusCode} {location}: " +
                $"{response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        if (!location.IsAbsoluteUri) return location.OriginalString;
        return location.GetLeftPart(UriPartial.Authority) == Browser.BaseAddress!.GetLeftPart(UriPartial.Authority)
            ? location.PathAndQuery
            : location.ToString();
    }

    /// <summary>
    /// GETs the page at <paramref name="pageUrl"/> and posts its form with <paramref name="fields"/>, which take the
    /// place of the form's hidden inputs of the same name.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, Dictionary<string, string> fields)
    {
        using var page = await Browser.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pageUrl} gave {(int)page.StatusCode}: {html}");
        var form = new Dictionary<string, string>(fields);
        foreach (Match hidden in HiddenInput().Matches(html))
            form.TryAdd(hidden.Groups["name"].Value, WebUtility.HtmlDecode(hidden.Groups["value"].Value));
        var action = FormAction().Match(html);
        Assert.True(action.Success, $"No form on {pageUrl}: {html}");
        return await Browser.PostAsync(WebUtility.HtmlDecode(action.Groups["action"].Value),
            new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]+)">""")]
    private static partial Regex FormAction();

    public void Dispose() => Browser.Dispose();
}

/// <summary>A PKCE pair: the verifier the client keeps and its S256 challenge.</summary>
public sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce Create()
    {
        var verifier = RandomUrlSafe();
        return new Pkce(verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string RandomUrlSafe() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
