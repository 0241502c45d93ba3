using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>A response of <c>/connect/token</c>, parsed.</summary>
public sealed record TokenResponse(HttpStatusCode Status, string Body, JsonNode? Json)
{
    public string? Error => Json?["error"]?.GetValue<string>();
    public string? AccessToken => Json?["access_token"]?.GetValue<string>();
    public string? RefreshToken => Json?["refresh_token"]?.GetValue<string>();

    public void AssertIssued()
    {
        Assert.True(Status == HttpStatusCode.OK && AccessToken is not null,
            $"Expected a token, got {(int)Status}: {Body}");
    }

    /// <summary>The request was refused with exactly this status and OAuth error, and no token.</summary>
    public void AssertRefused(HttpStatusCode status, string error)
    {
        Assert.True(Status == status && Error == error && AccessToken is null,
            $"Expected {(int)status} {error}, got {(int)Status}: {Body}");
    }

    public override string ToString() => $"{(int)Status}: {Body}";
}

public static class TokenRequests
{
    public static async Task<TokenResponse> PostAsync(HttpClient http, Dictionary<string, string> form)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        return new TokenResponse(response.StatusCode, body, body.Length > 0 ? JsonNode.Parse(body) : null);
    }

    public static Task<TokenResponse> ClientCredentialsAsync(HttpClient http, string clientId, string secret,
        string scope = "gateway") =>
        PostAsync(http, new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId,
            ["client_secret"] = secret, ["scope"] = scope });

    public static Task<TokenResponse> RefreshAsync(HttpClient http, string refreshToken) =>
        PostAsync(http, new() { ["grant_type"] = "refresh_token", ["client_id"] = Infrastructure.UserSignIn.ClientId,
            ["refresh_token"] = refreshToken });

    /// <summary>The decoded protected header of a JWS or JWE.</summary>
    public static JsonObject Header(string token)
    {
        var segment = token.Split('.')[0].Replace('-', '+').Replace('_', '/');
        segment = segment.PadRight(segment.Length + (4 - segment.Length % 4) % 4, '=');
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(segment)))!.AsObject();
    }
}
