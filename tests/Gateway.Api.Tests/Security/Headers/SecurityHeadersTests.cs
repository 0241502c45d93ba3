using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Api.Tests.Security.Headers;

/// <summary>
/// Every answer tells browsers not to sniff content types, not to send referrers, and to run nothing and frame nothing
/// the service did not put there; over HTTPS it also pins HTTPS.
/// </summary>
public sealed partial class SecurityHeadersTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    public static TheoryData<string> Answers =>
        ["graphql", "graphql without a token", "token", "discovery", "login page"];

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_carries_the_security_headers(string answer)
    {
        using var response = await SendAsync(factory.CreateClient(), answer);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        var policy = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.DoesNotContain("unsafe", string.Join(' ', policy.Values));
        // Plain http: a browser ignores HSTS there, and the service does not send it.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_login_page_style_is_allowed_by_its_hash_and_nothing_else_inline()
    {
        using var response = await SendAsync(factory.CreateClient(), "login page");
        var html = await response.Content.ReadAsStringAsync();

        var style = StyleBlock().Match(html);
        Assert.True(style.Success, $"No <style> block on the login page: {html}");
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style.Groups["css"].Value)));
        var policy = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal($"'self' 'sha256-{hash}'", policy["style-src"]);
        Assert.False(policy.ContainsKey("script-src"), "The login page runs no script.");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Over_https_every_answer_pins_https_for_a_year(string answer)
    {
        using var https = factory.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://gateway.example") });

        using var response = await SendAsync(https, answer);

        Assert.Equal("max-age=31536000", Single(response, "Strict-Transport-Security"));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient http, string answer)
    {
        switch (answer)
        {
            case "token":
                return await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials", ["client_id"] = "demo-nanjing",
                    ["client_secret"] = "demo-nanjing-secret", ["scope"] = "gateway",
                }));
            case "discovery":
                return await http.GetAsync("/.well-known/openid-configuration");
            case "login page":
                return await http.GetAsync("/account/login");
            default:
                using (var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
                    { Content = JsonContent.Create(new { query = "{ __typename }" }) })
                {
                    if (answer == "graphql")
                    {
                        // From the same host: the token names its issuer.
                        var issued = await Tokens.TokenRequests.ClientCredentialsAsync(http, "demo-nanjing",
                            "demo-nanjing-secret");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issued.AccessToken);
                    }
                    var response = await http.SendAsync(request);
                    Assert.Equal(answer == "graphql" ? HttpStatusCode.OK : HttpStatusCode.Unauthorized,
                        response.StatusCode);
                    return response;
                }
        }
    }

    private static string Single(HttpResponseMessage response, string header)
    {
        var values = response.Headers.TryGetValues(header, out var found) ? found.ToList() : [];
        Assert.True(values.Count == 1,
            $"Expected one {header} header on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}, " +
            $"got [{string.Join(" | ", values)}].");
        return values[0];
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    [GeneratedRegex("<style>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
