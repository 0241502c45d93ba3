using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Security.Tokens;

/// <summary>
/// The stored standing of the account behind a token, read at most once per recheck window and account (a token
/// being issued counts as a read), so a valid account costs no query per request. Reads across tenants: it runs while
/// the token is validated, before any caller scope exists.
/// </summary>
public sealed class AccountStandings(GatewayDbContext db, IMemoryCache cache, TimeProvider clock,
    IOptions<AccountRecheckOptions> options)
{
    private sealed record Key(string Subject, bool IsClient);

    private sealed record Entry(AccountStanding? Standing, DateTimeOffset ReadAt);

    public async Task<AccountStanding?> CurrentAsync(string subject, bool isClient, CancellationToken cancellationToken)
    {
        var key = new Key(subject, isClient);
        // The window runs on the app's clock; the cache's own expiry only clears entries nobody asks for.
        if (cache.TryGetValue(key, out Entry? entry) && clock.GetUtcNow() - entry!.ReadAt < options.Value.Window)
            return entry.Standing;
        var standing = isClient
            ? await ReadClientAsync(subject, cancellationToken)
            : await ReadUserAsync(subject, cancellationToken);
        Remember(key, standing);
        return standing;
    }

    /// <summary>Keeps what a token was just issued from, so its first requests need no read.</summary>
    public void Remember(string subject, bool isClient, AccountStanding standing) =>
        Remember(new Key(subject, isClient), standing);

    private void Remember(Key key, AccountStanding? standing)
    {
        var window = options.Value.Window;
        if (window > TimeSpan.Zero) cache.Set(key, new Entry(standing, clock.GetUtcNow()), window);
    }

    private async Task<AccountStanding?> ReadUserAsync(string subject, CancellationToken cancellationToken)
    {
        if (!long.TryParse(subject, System.Globalization.CultureInfo.InvariantCulture, out var id)) return null;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        return user?.SecurityStamp is null
            ? null
            : new AccountStanding(user.SecurityStamp, user.LockoutEnabled ? user.LockoutEnd : null);
    }

    private async Task<AccountStanding?> ReadClientAsync(string clientId, CancellationToken cancellationToken)
    {
        using var acrossTenants = db.LiftRowSecurity();
        var client = await db.ApiClients.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.ClientId == clientId && c.RevokedAt == null)
            .Select(c => new { c.OwnerUnitId, c.OwnerPath, c.Roles, c.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        return client is null ? null
            : new AccountStanding(
                AccountStanding.ClientStamp(client.OwnerUnitId, client.OwnerPath, client.Roles, client.SecurityStamp),
                LockedUntil: null);
    }
}
