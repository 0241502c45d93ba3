using System.Security.Claims;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Security.Clients;

/// <summary>
/// Holds a request authenticated as a machine client — with a client-credentials token or one of its API keys — to
/// the client's rules, after authorization and before the endpoint: from an address outside its ranges, or from a
/// browser page of an origin it does not list, the answer is 403 with the reason, audited. An allowed origin is
/// named in <c>Access-Control-Allow-Origin</c> (no credentials mode: the key or token is sent as a header). People's
/// tokens are not held to a client's rules.
/// </summary>
public sealed class ClientAccessCheck(RequestDelegate next, ClientAccessRules rules, RefusalAudit refusals)
{
    public const string AddressOperation = "client.address-refused";
    public const string OriginOperation = "client.origin-refused";

    public async Task InvokeAsync(HttpContext http)
    {
        if (ClientOf(http.User) is not { } clientId)
        {
            await next(http);
            return;
        }
        var db = http.RequestServices.GetRequiredService<GatewayDbContext>();
        var access = await rules.ForClientAsync(db, clientId, http.RequestAborted) ?? ClientAccess.Unrestricted;
        var address = http.Connection.RemoteIpAddress;
        var origin = http.Request.Headers.Origin.ToString();
        if (!access.Allows(address))
        {
            await RefuseAsync(http, AddressOperation, CallerOf(http.User, clientId), "ADDRESS_NOT_ALLOWED",
                $"Client '{clientId}' may not call from {address?.ToString() ?? "an unknown address"}.");
            return;
        }
        if (origin.Length > 0)
        {
            if (!access.AllowsOrigin(origin))
            {
                await RefuseAsync(http, OriginOperation, CallerOf(http.User, clientId), "ORIGIN_NOT_ALLOWED",
                    $"Client '{clientId}' may not be called from pages of {origin}.");
                return;
            }
            http.Response.Headers.AccessControlAllowOrigin = origin;
            http.Response.Headers.Vary = "Origin";
        }
        await next(http);
    }

    /// <summary>The machine client a principal acts as: its API key's client, or the client of a client-credentials
    /// token, whose subject is the client itself (RFC 9068); null for people.</summary>
    public static string? ClientOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(Claims.ClientId) is not { } clientId)
            return null;
        return user.HasClaim(c => c.Type == GatewayClaims.ApiKeyId) || user.FindFirstValue(Claims.Subject) == clientId
            ? clientId
            : null;
    }

    private static string CallerOf(ClaimsPrincipal user, string clientId) =>
        user.FindFirstValue(GatewayClaims.ApiKeyId) is { } keyId ? $"{clientId}/key:{keyId}" : clientId;

    private async Task RefuseAsync(HttpContext http, string operation, string caller, string code, string message)
    {
        await refusals.RecordAsync(new AuditEntry(operation, AuditOutcome.Denied, [caller]),
            http.Connection.RemoteIpAddress?.ToString());
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } });
    }
}
