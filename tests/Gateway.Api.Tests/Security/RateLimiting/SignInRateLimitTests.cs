using System.Net;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Accounts;
using Gateway.Api.Tests.Security.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Security.RateLimiting;

/// <summary>
/// Wrong secrets and passwords are limited per source address and per client id or user name; a request past either
/// limit gets 429 with Retry-After, while clients that get their tokens right are not throttled.
/// </summary>
public sealed class SignInRateLimitTests
{
    private static readonly string[] Clients = ["demo-nanjing", "demo-anmin", "demo-xinqiao", "demo-longxiang",
        "demo-station"];

    [Fact]
    public async Task
        Wrong_secrets_past_the_limit_from_one_address_get_429_with_retry_after_whichever_client_they_name()
    {
        await using var factory = new RateLimitedApiFactory(new Dictionary<string, string>
        {
            ["RateLimits:SignInFailuresPerAddress"] = "3",
            ["RateLimits:SignInFailuresPerAccount"] = "100",
        });
        var attacker = factory.CreateClientFrom("203.0.113.7");

        var refused = new List<TokenResponse>();
        foreach (var client in Clients.Take(4))
            refused.Add(await TokenRequests.ClientCredentialsAsync(attacker, client, "guessed-secret"));
        using var limited = await PostClientCredentialsAsync(attacker, Clients[4], "guessed-secret");

        Assert.All(refused.Take(3), r => r.AssertRefused(HttpStatusCode.Unauthorized, Errors.InvalidClient));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused[3].Status);
        Assert.Equal("rate_limited", refused[3].Error);
        Assert.Null(refused[3].AccessToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Equal("application/json", limited.Content.Headers.ContentType?.MediaType);
        // The right secret from another address is not held up by this address's failures.
        (await TokenRequests.ClientCredentialsAsync(factory.CreateClientFrom("198.51.100.20"), Clients[0],
            Clients[0] + "-secret")).AssertIssued();
    }

    [Fact]
    public async Task
        Wrong_secrets_for_one_client_from_many_addresses_are_limited_per_client_while_other_clients_get_tokens()
    {
        await using var factory = new RateLimitedApiFactory(new Dictionary<string, string>
        {
            ["RateLimits:SignInFailuresPerAddress"] = "100",
            ["RateLimits:SignInFailuresPerAccount"] = "3",
        });

        var answers = new List<TokenResponse>();
        for (var i = 1; i <= 5; i++)
            answers.Add(await TokenRequests.ClientCredentialsAsync(factory.CreateClientFrom($"203.0.113.{i}"),
                "demo-nanjing", "guessed-secret"));

        Assert.All(answers.Take(3), r => r.AssertRefused(HttpStatusCode.Unauthorized, Errors.InvalidClient));
        Assert.All(answers.Skip(3), r => Assert.Equal(HttpStatusCode.TooManyRequests, r.Status));
        // The client id may come in a Basic header instead of the form: it is the same client.
        using var basic = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "gateway" }),
        };
        basic.Headers.Authorization = new("Basic", Convert.ToBase64String("demo-nanjing:guessed-secret"u8.ToArray()));
        using var viaHeader = await factory.CreateClientFrom("203.0.113.99").SendAsync(basic);
        Assert.Equal(HttpStatusCode.TooManyRequests, viaHeader.StatusCode);
        // Another client, from an address that just failed, still gets its token.
        (await TokenRequests.ClientCredentialsAsync(factory.CreateClientFrom("203.0.113.5"), "demo-anmin",
            "demo-anmin-secret")).AssertIssued();
    }

    [Fact]
    public async Task A_busy_client_that_gets_its_tokens_right_is_not_throttled_by_the_failure_limits()
    {
        await using var factory = new RateLimitedApiFactory(new Dictionary<string, string>
        {
            ["RateLimits:SignInFailuresPerAddress"] = "2",
            ["RateLimits:SignInFailuresPerAccount"] = "2",
        });
        var integration = factory.CreateClientFrom("198.51.100.30");

        for (var i = 0; i < 12; i++)
            (await TokenRequests.ClientCredentialsAsync(integration, "demo-bureau", "demo-bureau-secret"))
                .AssertIssued();
    }

    [Fact]
    public async Task Requests_past_the_limit_for_all_requests_get_429_even_with_the_right_secret()
    {
        await using var factory = new RateLimitedApiFactory(
            new Dictionary<string, string> { ["RateLimits:SignInRequestsPerAccount"] = "3" });
        var integration = factory.CreateClientFrom("198.51.100.31");

        for (var i = 0; i < 3; i++)
            (await TokenRequests.ClientCredentialsAsync(integration, "demo-bureau", "demo-bureau-secret"))
                .AssertIssued();
        var fourth = await TokenRequests.ClientCredentialsAsync(integration, "demo-bureau", "demo-bureau-secret");

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.Status);
        (await TokenRequests.ClientCredentialsAsync(integration, "demo-dashboard", "demo-dashboard-secret"))
            .AssertIssued();
    }

    [Fact]
    public async Task Wrong_passwords_past_the_limit_from_one_address_get_a_429_page()
    {
        await using var factory = new RateLimitedApiFactory(new Dictionary<string, string>
        {
            ["RateLimits:SignInFailuresPerAddress"] = "3",
            ["RateLimits:SignInFailuresPerAccount"] = "100",
        });
        using var browser = new UserSignIn(factory);
        browser.Browser.DefaultRequestHeaders.Add(RateLimitedApiFactory.AddressHeader, "203.0.113.50");
        var login = await browser.LoginPageAsync();

        var statuses = new List<HttpStatusCode>();
        foreach (var user in (string[])["station.admin", "nanjing.officer", "auditor"])
        {
            using var failed = await browser.SubmitPasswordAsync(login, user, "Gateway-demo-2025");
            statuses.Add(failed.StatusCode);
        }
        // Refused before the page or its antiforgery check: the address is over its limit for every sign-in request.
        using var limited = await browser.Browser.PostAsync(login,
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "intel.officer", ["password"] = "Gateway-demo-2025",
            }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Equal("text/html", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many", await limited.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostClientCredentialsAsync(HttpClient http, string clientId,
        string secret) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
            ["scope"] = "gateway",
        }));
}
