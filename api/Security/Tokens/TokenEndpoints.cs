using System.Security.Claims;
using Gateway.Api.Security.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Security.Tokens;

/// <summary>The OAuth endpoints whose decisions are Gateway's: token issuing, authorization and sign-out.</summary>
public static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", IssueTokenAsync).DisableAntiforgery();
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).DisableAntiforgery();
        app.MapMethods("/connect/logout", ["GET", "POST"], LogoutAsync).DisableAntiforgery();
    }

    private static async Task<IResult> IssueTokenAsync(HttpContext http, GatewayPrincipalFactory principals, UserManager<GatewayUser> users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        ClaimsPrincipal? principal = null;
        if (request.IsClientCredentialsGrantType())
        {
            principal = await principals.ForClientAsync(request.ClientId!, http.RequestAborted);
            principal?.SetScopes(request.GetScopes().Intersect([GatewayClaims.ApiScope]));
        }
        else if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // Rebuild from the account as it is now: a locked, removed or re-roled user gets nothing new.
            var stored = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = stored?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            principal = user is null ? null : await principals.ForUserAsync(user, http.RequestAborted);
            principal?.SetScopes(stored!.GetScopes());
        }
        else
        {
            return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }

        return principal is null
            ? Forbid(Errors.InvalidGrant, "The client or account is not allowed to obtain tokens.")
            : Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, GatewayPrincipalFactory principals, UserManager<GatewayUser> users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + http.Request.QueryString },
                [IdentityConstants.ApplicationScheme]);
        }

        var roles = await users.GetRolesAsync(user);
        if (roles.Any(Roles.RequireSecondFactor.Contains) && session.Principal!.FindFirstValue("amr") != "mfa")
            return Forbid(Errors.AccessDenied, "This account must sign in with a second factor.");
        var principal = await principals.ForUserAsync(user, http.RequestAborted);
        if (principal is null) return Forbid(Errors.AccessDenied, "This account may not sign in.");
        principal.SetScopes(request.GetScopes().Intersect([GatewayClaims.ApiScope, Scopes.OpenId, Scopes.OfflineAccess]));
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, SignInManager<GatewayUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
