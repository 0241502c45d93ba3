using System.Text.Json.Nodes;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>
/// Opens and re-seals access tokens with the test server's own keys, so a test can present a token that is valid
/// in every respect but one (its audience, say) and show that this one difference is what gets it refused.
/// </summary>
public sealed class ServerKeys(GatewayApiFactory factory)
{
    private readonly OpenIddictServerOptions options =
        factory.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue;
    private readonly JsonWebTokenHandler handler = new();

    /// <summary>The claims of an access token issued by the server.</summary>
    public JsonObject Payload(string accessToken)
    {
        var inner = handler.DecryptToken(new JsonWebToken(accessToken), new TokenValidationParameters
        {
            TokenDecryptionKeys = options.EncryptionCredentials.Select(c => c.Key),
        });
        return JsonNode.Parse(Base64UrlEncoder.Decode(new JsonWebToken(inner).EncodedPayload))!.AsObject();
    }

    /// <summary>Signs and encrypts <paramref name="payload"/> the way the server seals its access tokens.</summary>
    public string Seal(JsonObject payload)
    {
        var typ = new Dictionary<string, object> { [JwtHeaderParameterNames.Typ] = "at+jwt" };
        var signed = handler.CreateToken(payload.ToJsonString(), options.SigningCredentials[0], typ);
        return handler.EncryptToken(signed, options.EncryptionCredentials[0], typ);
    }
}
