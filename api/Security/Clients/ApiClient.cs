using System.Security.Cryptography;
using Gateway.Api.Data;

namespace Gateway.Api.Security.Clients;

/// <summary>
/// A machine client's standing in Gateway: the unit it acts for and the roles it holds. Its secret and grant
/// permissions live in the OpenIddict application of the same client id, which is deleted when the client is revoked;
/// this row stays, so the client id is never given out again.
/// </summary>
public sealed class ApiClient : TenantOwnedEntity, IVersioned
{
    public const int ClientIdMaxLength = 100;
    public const int DisplayNameMaxLength = 200;

    public string ClientId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    /// <summary>Renewed with every new secret and at revocation; the client's live tokens carry it, so they stop
    /// then.</summary>
    public string SecurityStamp { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? SecretRotatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    /// <summary>CIDR ranges (IPv4 or IPv6) the client may call from, with a token or one of its API keys; empty means
    /// from anywhere.</summary>
    public List<string> AllowedAddresses { get; set; } = [];
    /// <summary>Browser origins (<c>scheme://host[:port]</c>) whose pages may call the API as this client.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
    public int Version { get; set; }

    public static string NewSecurityStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
