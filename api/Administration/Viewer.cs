using System.Security.Claims;
using Gateway.Api.Security;
using Gateway.Api.Security.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Administration;

/// <summary>What <c>viewer</c> answers; read from the validated token, never from the database.</summary>
public sealed record Viewer(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions,
    bool SecondFactor)
{
    public static Viewer Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(Claims.Name) ?? user.FindFirstValue(Claims.Subject) ?? "",
        [.. user.FindAll(Claims.Role).Select(c => c.Value).Order(StringComparer.Ordinal)],
        [.. user.FindAll(GatewayClaims.Permission).Select(c => c.Value).Order(StringComparer.Ordinal)],
        user.FindFirstValue(GatewayPrincipalFactory.AuthenticationMethods) == GatewayPrincipalFactory.MultiFactor);
}
