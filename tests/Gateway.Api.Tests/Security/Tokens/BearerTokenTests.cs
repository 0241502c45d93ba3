using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>What <c>/graphql</c> accepts as a bearer token: only a live Gateway access token.</summary>
public sealed class BearerTokenTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Query = "{ __typename }";

    [Fact]
    public async Task No_token_is_401_with_a_bearer_challenge()
    {
        var response = await Send(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer", response.Challenge.Scheme);
        Assert.Null(response.Challenge.Parameter);
    }

    [Fact]
    public async Task A_garbage_token_is_401_invalid_token()
    {
        var response = await Send("not.a.token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("error=\"invalid_token\"", response.Challenge.Parameter);
    }

    [Fact]
    public async Task An_id_token_is_not_an_access_token()
    {
        var session = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        Assert.NotNull(session.IdToken);
        Assert.Equal(HttpStatusCode.OK, (await Send(session.AccessToken)).Status);

        var response = await Send(session.IdToken!);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("error=\"invalid_token\"", response.Challenge.Parameter);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused_and_the_same_token_for_gateway_is_not()
    {
        var keys = new ServerKeys(factory);
        var issued = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-nanjing",
            "demo-nanjing-secret");
        issued.AssertIssued();
        var payload = keys.Payload(issued.AccessToken!);
        Assert.Equal(Api.Security.GatewayClaims.Audience, payload["aud"]!.GetValue<string>());

        var resealed = await Send(keys.Seal(payload));
        payload["aud"] = "urn:records-system:api";
        var otherAudience = await Send(keys.Seal(payload));

        Assert.Equal(HttpStatusCode.OK, resealed.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAudience.Status);
        Assert.Contains("error=\"invalid_token\"", otherAudience.Challenge.Parameter);
    }

    [Fact]
    public async Task A_token_past_its_expiry_is_refused()
    {
        var keys = new ServerKeys(factory);
        var issued = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-nanjing",
            "demo-nanjing-secret");
        var payload = keys.Payload(issued.AccessToken!);
        var expired = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeSeconds();
        payload["iat"] = expired - 600;
        payload["nbf"] = expired - 600;
        payload["exp"] = expired;

        var response = await Send(keys.Seal(payload));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("error=\"invalid_token\"", response.Challenge.Parameter);
    }

    private sealed record Answer(HttpStatusCode Status, AuthenticationHeaderValue Challenge);

    private async Task<Answer> Send(string? token)
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
            { Content = JsonContent.Create(new { query = Query }) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var challenges = response.Headers.WwwAuthenticate.ToList();
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK || challenges.Count == 1,
            $"Expected one WWW-Authenticate header, got {(int)response.StatusCode} " +
            $"[{string.Join(", ", challenges)}]: {body}");
        return new Answer(response.StatusCode, challenges.SingleOrDefault() ?? new AuthenticationHeaderValue("none"));
    }
}
