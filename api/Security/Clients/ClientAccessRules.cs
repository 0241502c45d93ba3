using Gateway.Api.Data;
using Gateway.Api.Security.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Security.Clients;

/// <summary>
/// The address ranges and origins of machine clients, as the requests that need them read them: kept for the account
/// recheck window (<c>Security:AccountRecheckSeconds</c>), and forgotten at once in this process when a change to a
/// client or a key calls <see cref="Changed"/>. Reads across tenants: the rules are checked before any caller scope
/// exists (at the token endpoint, before /graphql, for a browser's preflight).
/// </summary>
public sealed class ClientAccessRules(IMemoryCache cache, IOptions<AccountRecheckOptions> options)
{
    private long generation;

    private sealed record ClientKey(long Generation, string ClientId);

    private sealed record OriginsKey(long Generation);

    /// <summary>What cache entries were read under; entries of an older generation are never used again.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Forgets every rule and API key read so far; call from a change to clients' access or keys.</summary>
    public void Changed() => Interlocked.Increment(ref generation);

    /// <summary>The rules of the live client <paramref name="clientId"/>, or null when there is no such client (a
    /// revoked one, or an OpenIddict application such as the admin page).</summary>
    public async Task<ClientAccess?> ForClientAsync(GatewayDbContext db, string clientId,
        CancellationToken cancellationToken)
    {
        var key = new ClientKey(Generation, clientId);
        if (cache.TryGetValue(key, out ClientAccess? known)) return known;
        using var acrossTenants = db.LiftRowSecurity();
        var client = await db.ApiClients.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.ClientId == clientId && c.RevokedAt == null)
            .Select(c => new { c.AllowedAddresses, c.AllowedOrigins })
            .SingleOrDefaultAsync(cancellationToken);
        var access = client is null ? null : ClientAccess.Of(client.AllowedAddresses, client.AllowedOrigins);
        Keep(key, access);
        return access;
    }

    /// <summary>Keeps rules read with something else (an API key's client), so the request needs no read of its
    /// own.</summary>
    public void Remember(long readUnder, string clientId, ClientAccess access) =>
        Keep(new ClientKey(readUnder, clientId), access);

    /// <summary>Every origin some live client lists: the origins a browser's preflight is answered for.</summary>
    public async Task<IReadOnlySet<string>> OriginsAsync(GatewayDbContext db, CancellationToken cancellationToken)
    {
        var key = new OriginsKey(Generation);
        if (cache.TryGetValue(key, out IReadOnlySet<string>? known)) return known!;
        using var acrossTenants = db.LiftRowSecurity();
        var lists = await db.ApiClients.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.RevokedAt == null).Select(c => c.AllowedOrigins).ToListAsync(cancellationToken);
        IReadOnlySet<string> origins = lists.SelectMany(o => o).ToHashSet(StringComparer.Ordinal);
        Keep(key, origins);
        return origins;
    }

    private void Keep(object key, object? value)
    {
        if (options.Value.Window > TimeSpan.Zero) cache.Set(key, value, options.Value.Window);
    }
}
