using System.Net;
using Gateway.Api.Tests.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>The token endpoint does not tell whether a client id exists: an unknown client and a wrong secret get one
/// answer.</summary>
public sealed class ClientEnumerationTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Fact]
    public async Task An_unknown_client_and_a_wrong_secret_get_byte_identical_answers()
    {
        var http = factory.CreateClient();

        var unknown = await AnswerAsync(http, "demo-nowhere", "demo-nowhere-secret");
        var wrongSecret = await AnswerAsync(http, "demo-nanjing", "demo-bureau-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Contains(Errors.InvalidClient, unknown.Body);
        Assert.Equal(unknown, wrongSecret);
    }

    private static async Task<Answer> AnswerAsync(HttpClient http, string clientId, string secret)
    {
        using var response = await http.PostAsync("/connect/token",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
                ["scope"] = "gateway",
            }));
        var challenge = response.Headers.TryGetValues("WWW-Authenticate", out var values)
            ? string.Join("\n", values) : "";
        return new Answer(response.StatusCode, challenge, await response.Content.ReadAsStringAsync());
    }

    private sealed record Answer(HttpStatusCode Status, string Challenge, string Body);
}
