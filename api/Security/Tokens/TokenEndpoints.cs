using System.Security.Claims;
using Gateway.Api.Audit;
using Gateway.Api.Security.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Primitives;
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
            // A machine token exists only to call the API; without the scope it would be refused there anyway.
            if (!request.HasScope(GatewayClaims.ApiScope))
                return Forbid(Errors.InvalidScope, $"Ask for the '{GatewayClaims.ApiScope}' scope.");
            principal = await principals.ForClientAsync(request.ClientId!, http.RequestAborted);
            principal?.SetScopes(request.GetScopes().Intersect([GatewayClaims.ApiScope]));
        }
        else if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // Rebuild from the account as it is now: a locked, removed or re-roled user gets nothing new.
            var stored = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = stored?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            // The code or refresh token carries how the user signed in, as the authorization endpoint recorded it.
            var usedSecondFactor = stored?.GetClaim(GatewayPrincipalFactory.AuthenticationMethods) == GatewayPrincipalFactory.MultiFactor;
            principal = user is null ? null : await principals.ForUserAsync(user, usedSecondFactor, http.RequestAborted);
            principal?.SetScopes(stored!.GetScopes());
        }
        else
        {
            return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }

        // Refusals are audited in one place for every grant, see AuditRefusedTokenRequests.
        return principal is null
            ? Forbid(Errors.InvalidGrant, "The client or account is not allowed to obtain tokens.")
            : Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, GatewayPrincipalFactory principals, UserManager<GatewayUser> users, AuditLog audit)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            // prompt=login asks for a new sign-in: the old session ends even if the user walks away from the form.
            if (user is not null) await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrlWithoutLoginPrompt(http, request) },
                [IdentityConstants.ApplicationScheme]);
        }

        var usedSecondFactor = session.Principal!.FindFirstValue(GatewayPrincipalFactory.AuthenticationMethods) == GatewayPrincipalFactory.MultiFactor;
        if (!usedSecondFactor && GatewayPrincipalFactory.NeedsSecondFactor(await users.GetRolesAsync(user)))
        {
            await audit.RecordAsync(new AuditEntry(LoginEndpoints.SignInOperation, AuditOutcome.Denied, [user.UserName!]));
            return Forbid(Errors.AccessDenied, "This account must sign in with a second factor.");
        }
        var principal = await principals.ForUserAsync(user, usedSecondFactor, http.RequestAborted);
        if (principal is null)
        {
            await audit.RecordAsync(new AuditEntry(LoginEndpoints.SignInOperation, AuditOutcome.Denied, [user.UserName!]));
            return Forbid(Errors.AccessDenied, "This account may not sign in.");
        }
        principal.SetScopes(request.GetScopes().Intersect([GatewayClaims.ApiScope, Scopes.OpenId, Scopes.OfflineAccess]));
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Where the login page returns to: this request again, as a query string, minus <c>prompt=login</c> — kept, it
    /// would send the freshly signed-in user back to the login page forever.
    /// </summary>
    private static string ReturnUrlWithoutLoginPrompt(HttpContext http, OpenIddictRequest request)
    {
        var source = http.Request.HasFormContentType ? (IEnumerable<KeyValuePair<string, StringValues>>)http.Request.Form : http.Request.Query;
        var parameters = source.Where(p => p.Key != Parameters.Prompt).ToList();
        var prompts = request.GetPromptValues().Remove(PromptValues.Login);
        if (!prompts.IsEmpty) parameters.Add(KeyValuePair.Create(Parameters.Prompt, new StringValues(string.Join(' ', prompts))));
        return http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
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
