using System.Net;
using System.Text.Json.Nodes;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>The OpenID Connect discovery document advertises exactly the flows Gateway allows.</summary>
public sealed class DiscoveryTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Fact]
    public async Task Discovery_lists_the_endpoints_S256_only_and_no_password_grant()
    {
        using var response = await factory.CreateClient().GetAsync("/.well-known/openid-configuration");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("http://localhost/connect/token", document["token_endpoint"]!.GetValue<string>());
        Assert.Equal("http://localhost/connect/authorize", document["authorization_endpoint"]!.GetValue<string>());
        Assert.Equal("http://localhost/connect/logout", document["end_session_endpoint"]!.GetValue<string>());
        Assert.Equal(["S256"], Strings(document, "code_challenge_methods_supported"));
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"],
            Strings(document, "grant_types_supported").Order(StringComparer.Ordinal));
        Assert.Equal(["code"], Strings(document, "response_types_supported"));
        Assert.Equal(["gateway", "offline_access", "openid"],
            Strings(document, "scopes_supported").Order(StringComparer.Ordinal));
    }

    private static List<string> Strings(JsonNode document, string property) =>
        [.. (document[property] ?? throw new InvalidOperationException($"No {property} in {document.ToJsonString()}"))
            .AsArray().Select(n => n!.GetValue<string>())];
}
