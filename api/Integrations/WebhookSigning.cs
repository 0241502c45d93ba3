using System.Security.Cryptography;
using System.Text;

namespace Gateway.Api.Integrations;

/// <summary>
/// Standard Webhooks signatures (https://www.standardwebhooks.com): the secret is <c>whsec_</c> and the base64 of
/// random bytes; a delivery carries <c>webhook-id</c>, <c>webhook-timestamp</c> (Unix seconds) and
/// <c>webhook-signature: v1,&lt;base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" under the secret's bytes&gt;</c>, so
/// receivers can verify with the standard's libraries.
/// </summary>
public static class WebhookSigning
{
    public const string SecretPrefix = "whsec_";
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    /// <summary>24 random bytes, within the standard's 24 to 64.</summary>
    private const int SecretBytes = 24;

    public static string NewSecret() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        var signed = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(signed);
    }
}
