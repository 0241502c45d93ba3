using System.Security.Claims;
using Gateway.Api.Data;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.Clients;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Security.Tokens;

/// <summary>
/// Builds the claims of an access token from the database, for a machine client or a user: unit, unit path,
/// roles and the permissions they grant. Token issuing runs before any caller scope exists, so this is one of the
/// few places that reads across tenants (allow-listed in the architecture tests).
/// </summary>
public sealed class GatewayPrincipalFactory(GatewayDbContext db, UserManager<GatewayUser> users,
    AccountStandings standings, IOpenIddictApplicationManager applications)
{
    /// <summary>The authentication-methods claim (RFC 8176) Identity puts in its cookie and Gateway carries into its
    /// tokens.</summary>
    public const string AuthenticationMethods = "amr";
    public const string MultiFactor = "mfa";
    public const string PasswordOnly = "pwd";

    public static bool NeedsSecondFactor(IEnumerable<string> roles) => roles.Any(Roles.RequireSecondFactor.Contains);

    public async Task<ClaimsPrincipal?> ForClientAsync(string clientId, CancellationToken cancellationToken)
    {
        using var acrossTenants = db.LiftRowSecurity();
        var client = await db.ApiClients.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(c => c.ClientId == clientId && c.RevokedAt == null, cancellationToken);
        // Roles that demand a second factor belong to people, never to a shared secret.
        if (client is null || Roles.Conflict(client.Roles) is not null || NeedsSecondFactor(client.Roles)) return null;
        var standing = new AccountStanding(
            AccountStanding.ClientStamp(client.OwnerUnitId, client.OwnerPath, client.Roles, client.SecurityStamp),
            LockedUntil: null);
        var principal = await BuildAsync(clientId, client.DisplayName, client.OwnerUnitId, client.Roles, personId: null,
            authenticationMethod: null, standing.Stamp, cancellationToken);
        if (principal is null) return null;
        standings.Remember(clientId, isClient: true, standing);
        if (await PublishedDocumentsOnly.IsSetAsync(applications, clientId, cancellationToken))
            principal.SetClaim(GatewayClaims.PublishedDocumentsOnly, "true")
                .FindFirst(GatewayClaims.PublishedDocumentsOnly)!.SetDestinations(Destinations.AccessToken);
        return principal;
    }

    /// <summary>
    /// The principal of a signed-in user, or null when the account is locked, holds separated duties, or now holds a
    /// role that needs a second factor the sign-in behind this request did not use (roles may change between
    /// refreshes).
    /// </summary>
    public async Task<ClaimsPrincipal?> ForUserAsync(GatewayUser user, bool usedSecondFactor,
        CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(user);
        if (Roles.Conflict(roles) is not null || await users.IsLockedOutAsync(user)
            || (!usedSecondFactor && NeedsSecondFactor(roles))) return null;
        var subject = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var standing =
            new AccountStanding(await users.GetSecurityStampAsync(user), user.LockoutEnabled ? user.LockoutEnd : null);
        var principal = await BuildAsync(subject, user.DisplayName, user.UnitId, roles, user.PersonId,
            usedSecondFactor ? MultiFactor : PasswordOnly, standing.Stamp, cancellationToken);
        if (principal is not null) standings.Remember(subject, isClient: false, standing);
        return principal;
    }

    private async Task<ClaimsPrincipal?> BuildAsync(string subject, string name, long unitId, IEnumerable<string> roles,
        long? personId, string? authenticationMethod, string accountStamp, CancellationToken cancellationToken)
    {
        using var acrossTenants = db.LiftRowSecurity();
        var unitPath = await db.OrgUnits.IgnoreQueryFilters().Where(u => u.Id == unitId).Select(u => u.Path)
            .SingleOrDefaultAsync(cancellationToken);
        if (unitPath is null) return null;
        var identity = new ClaimsIdentity(authenticationType: "Gateway", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, subject)
            .SetClaim(Claims.Name, name)
            .SetClaim(GatewayClaims.Unit, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SetClaim(GatewayClaims.UnitPath, unitPath)
            .SetClaim(GatewayClaims.AccountStamp, accountStamp)
            .SetClaims(Claims.Role, [.. roles])
            .SetClaims(GatewayClaims.Permission, [.. Roles.PermissionsOf(roles).Order(StringComparer.Ordinal)]);
        if (personId is { } person)
            identity.SetClaim(GatewayClaims.Person, person.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (authenticationMethod is not null) identity.SetClaim(AuthenticationMethods, authenticationMethod);
        identity.SetDestinations(claim => claim.Type is Claims.Subject or Claims.Name or AuthenticationMethods
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetResources(GatewayClaims.Audience);
        return principal;
    }
}
