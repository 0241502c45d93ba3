using Gateway.Api.Data;
using Gateway.Api.Security.Clients;

namespace Gateway.Api.Security.ApiKeys;

public enum ApiKeyStatus { Active, Expired, Revoked }

/// <summary>
/// A read-only credential of a machine client for tools that cannot run a token flow (BI tools, big screens). The key
/// itself (<see cref="ApiKeyFormat"/>) is shown once; only the hash of its secret is stored. Owned by the client's
/// unit, so the client's administrators see it and nobody else.
/// </summary>
public sealed class ApiKey : TenantOwnedEntity, IVersioned
{
    public const int LabelMaxLength = 200;

    public long ApiClientId { get; set; }
    public ApiClient? ApiClient { get; set; }
    /// <summary>The public part of the key: shown in lists and audit records, and used to find the key.</summary>
    public string KeyId { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary>SHA-256 of the key's secret (<see cref="ApiKeyFormat.HashOf"/>).</summary>
    public byte[] SecretHash { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    /// <summary>The actor who created the key, as audit records name them.</summary>
    public string CreatedBy { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    /// <summary>When the key was last accepted, to the minute at best: written at most once a minute per key.</summary>
    public DateTime? LastUsedAt { get; set; }
    public int Version { get; set; }

    public static ApiKeyStatus StatusAt(DateTime? revokedAt, DateTime expiresAt, DateTime now) =>
        revokedAt is not null ? ApiKeyStatus.Revoked
        : expiresAt <= now ? ApiKeyStatus.Expired
        : ApiKeyStatus.Active;
}
