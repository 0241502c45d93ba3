using System.Security.Claims;
using Gateway.Api.Data;
using Gateway.Api.Security.Clients;
using Gateway.Api.Security.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Security.ApiKeys;

/// <summary>
/// Turns a presented key into its caller: the client's principal as its token would carry it (same unit, unit path and
/// scope), cut down to the read permissions of the client's roles, and naming the key. What a key id stands for is
/// kept like the client's access rules (<see cref="ClientAccessRules"/>), so a valid key costs no read per request;
/// the secret, the expiry and the revocation are checked on every request. Reads across tenants: a key is
/// authenticated before any caller scope exists.
/// </summary>
public sealed class ApiKeyCallers(GatewayDbContext db, GatewayPrincipalFactory principals, ClientAccessRules access,
    IMemoryCache cache, TimeProvider clock, IOptions<AccountRecheckOptions> options, ApiKeyUse use)
{
    private sealed record CacheKey(long Generation, string KeyId);

    /// <summary>A stored key as authentication needs it; no principal when its client may not call the API.</summary>
    private sealed record StoredKey(long Id, byte[] SecretHash, DateTime ExpiresAt, DateTime? RevokedAt,
        string ClientId, ClaimsPrincipal? Principal);

    /// <summary>The caller of a valid key, else null: unknown key id, wrong secret, expired, revoked, or a client
    /// that is revoked or may not sign in.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string keyId, string secret,
        CancellationToken cancellationToken)
    {
        var stored = await FindAsync(keyId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (stored?.Principal is null || !ApiKeyFormat.Matches(secret, stored.SecretHash)
            || ApiKey.StatusAt(stored.RevokedAt, stored.ExpiresAt, now) != ApiKeyStatus.Active) return null;
        use.Note(stored.Id, keyId, now);
        return stored.Principal.Clone();
    }

    private async Task<StoredKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var generation = access.Generation;
        var cacheKey = new CacheKey(generation, keyId);
        if (cache.TryGetValue(cacheKey, out StoredKey? known)) return known;
        using var acrossTenants = db.LiftRowSecurity();
        var row = await db.Set<ApiKey>().IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.KeyId == keyId)
            .Select(k => new
            {
                k.Id, k.SecretHash, k.ExpiresAt, k.RevokedAt, k.ApiClient!.ClientId,
                ClientRevokedAt = k.ApiClient.RevokedAt, k.ApiClient.AllowedAddresses, k.ApiClient.AllowedOrigins,
            })
            .SingleOrDefaultAsync(cancellationToken);
        StoredKey? stored = null;
        if (row is not null)
        {
            var principal = row.ClientRevokedAt is null
                ? await principals.ForClientAsync(row.ClientId, cancellationToken)
                : null;
            stored = new StoredKey(row.Id, row.SecretHash, row.ExpiresAt, row.RevokedAt, row.ClientId,
                principal is null ? null : ReadOnly(principal, row.ClientId, keyId));
            if (principal is not null)
                access.Remember(generation, row.ClientId, ClientAccess.Of(row.AllowedAddresses, row.AllowedOrigins));
        }
        if (options.Value.Window > TimeSpan.Zero) cache.Set(cacheKey, stored, options.Value.Window);
        return stored;
    }

    /// <summary>The client's principal with the read permissions of its roles only, so every mutation is refused, and
    /// the key it came in with.</summary>
    private static ClaimsPrincipal ReadOnly(ClaimsPrincipal client, string clientId, string keyId)
    {
        var identity = (ClaimsIdentity)client.Identity!;
        var reads = identity.FindAll(GatewayClaims.Permission).Select(c => c.Value)
            .Where(Permissions.ReadOnly.Contains).ToList();
        identity.SetClaims(GatewayClaims.Permission, [.. reads])
            .SetClaim(Claims.ClientId, clientId)
            .SetClaim(GatewayClaims.ApiKeyId, keyId);
        client.SetScopes(GatewayClaims.ApiScope);
        return client;
    }
}
