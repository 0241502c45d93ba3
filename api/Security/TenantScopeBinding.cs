using System.Security.Claims;
using Gateway.Api.Security.Tokens;
using Gateway.Api.Tenancy;
using OpenIddict.Abstractions;

namespace Gateway.Api.Security;

public static class TenantScopeBinding
{
    /// <summary>Fills the request's scope from a validated access token; a token without a unit leaves it empty (no
    /// rows).</summary>
    public static void EnterFrom(this TenantScope scope, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !long.TryParse(user.FindFirstValue(GatewayClaims.Unit), out var unitId)
            || user.FindFirstValue(GatewayClaims.UnitPath) is not { } unitPath) return;
        var permissions = user.FindAll(GatewayClaims.Permission).Select(c => c.Value).Where(Permissions.All.Contains)
            .ToHashSet(StringComparer.Ordinal);
        long? personId = long.TryParse(user.FindFirstValue(GatewayClaims.Person), out var person) ? person : null;
        var subject = user.FindFirstValue(OpenIddictConstants.Claims.Subject) ?? "unknown";
        scope.Enter(unitId, unitPath, permissions,
            // A caller with an API key is named with the key, so every record of its requests says which key it was.
            actor: user.FindFirstValue(GatewayClaims.ApiKeyId) is { } keyId ? $"{subject}/key:{keyId}" : subject,
            clientId: user.FindFirstValue(OpenIddictConstants.Claims.ClientId),
            personId,
            signedInWithSecondFactor: user.FindFirstValue(GatewayPrincipalFactory.AuthenticationMethods)
                == GatewayPrincipalFactory.MultiFactor);
    }
}
