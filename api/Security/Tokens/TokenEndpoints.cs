using System.Security.Claims;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.Clients;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
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
    private const string LogoutPath = "/connect/logout";

    public static void MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", IssueTokenAsync).DisableAntiforgery();
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).DisableAntiforgery();
        // The antiforgery token is checked in LogoutAsync: a client's own sign-out request carries an ID token instead.
        app.MapMethods(LogoutPath, ["GET", "POST"], LogoutAsync).DisableAntiforgery();
    }

    private static async Task<IResult> IssueTokenAsync(HttpContext http, GatewayPrincipalFactory principals,
        UserManager<GatewayUser> users, ClientAccessRules access, GatewayDbContext db)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        ClaimsPrincipal? principal = null;
        if (request.IsClientCredentialsGrantType())
        {
            // A machine token exists only to call the API; without the scope it would be refused there anyway.
            if (!request.HasScope(GatewayClaims.ApiScope))
                return Forbid(Errors.InvalidScope, $"Ask for the '{GatewayClaims.ApiScope}' scope.");
            // The secret was right (OpenIddict checked it), so saying why tells a caller nothing it may not know.
            if ((await access.ForClientAsync(db, request.ClientId!, http.RequestAborted))?.Allows(
                    http.Connection.RemoteIpAddress) == false)
                return Forbid(Errors.UnauthorizedClient, "The client may not obtain tokens from this address.");
            principal = await principals.ForClientAsync(request.ClientId!, http.RequestAborted);
            principal?.SetScopes(request.GetScopes().Intersect([GatewayClaims.ApiScope]));
        }
        else if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // Rebuild from the account as it is now: a locked, removed or re-roled user gets nothing new.
            var stored =
                (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = stored?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            // The code or refresh token carries how the user signed in, as the authorization endpoint recorded it.
            var usedSecondFactor =
                stored?.GetClaim(GatewayPrincipalFactory.AuthenticationMethods) == GatewayPrincipalFactory.MultiFactor;
            principal = user is null
                ? null
                : await principals.ForUserAsync(user, usedSecondFactor, http.RequestAborted);
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

    private static async Task<IResult> AuthorizeAsync(HttpContext http, GatewayPrincipalFactory principals,
        UserManager<GatewayUser> users, AuditLog audit)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            // prompt=login asks for the password again; the session stays until that sign-in replaces it, so a user who
            // walks away from the form, or a site that sends the browser here, does not end it.
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = ReturnUrlWithoutLoginPrompt(http, request) },
                [IdentityConstants.ApplicationScheme]);
        }

        var usedSecondFactor = session.Principal!.FindFirstValue(GatewayPrincipalFactory.AuthenticationMethods)
            == GatewayPrincipalFactory.MultiFactor;
        if (!usedSecondFactor && GatewayPrincipalFactory.NeedsSecondFactor(await users.GetRolesAsync(user)))
        {
            await audit.RecordAsync(
                new AuditEntry(LoginEndpoints.SignInOperation, AuditOutcome.Denied, [user.UserName!]));
            return Forbid(Errors.AccessDenied, "This account must sign in with a second factor.");
        }
        var principal = await principals.ForUserAsync(user, usedSecondFactor, http.RequestAborted);
        if (principal is null)
        {
            await audit.RecordAsync(
                new AuditEntry(LoginEndpoints.SignInOperation, AuditOutcome.Denied, [user.UserName!]));
            return Forbid(Errors.AccessDenied, "This account may not sign in.");
        }
        principal.SetScopes(
            request.GetScopes().Intersect([GatewayClaims.ApiScope, Scopes.OpenId, Scopes.OfflineAccess]));
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Where the login page returns to: this request again, as a query string, minus <c>prompt=login</c> — kept, it
    /// would send the freshly signed-in user back to the login page forever.
    /// </summary>
    private static string ReturnUrlWithoutLoginPrompt(HttpContext http, OpenIddictRequest request)
    {
        var source = http.Request.HasFormContentType
            ? (IEnumerable<KeyValuePair<string, StringValues>>)http.Request.Form
            : http.Request.Query;
        var parameters = source.Where(p => p.Key != Parameters.Prompt).ToList();
        var prompts = request.GetPromptValues().Remove(PromptValues.Login);
        if (!prompts.IsEmpty)
            parameters.Add(KeyValuePair.Create(Parameters.Prompt, new StringValues(string.Join(' ', prompts))));
        return http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
    }

    /// <summary>
    /// Ends the session only when the user asked for it (see <see cref="IsTheUsersOwnAsync"/>); any other sign-out
    /// request gets a page asking to confirm, whose form posts the same parameters back with an antiforgery token.
    /// </summary>
    private static async Task<IResult> LogoutAsync(HttpContext http, SignInManager<GatewayUser> signIn,
        IAntiforgery antiforgery)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!await IsTheUsersOwnAsync(http, antiforgery))
        {
            var parameters = new Dictionary<string, string?>
            {
                [Parameters.ClientId] = request.ClientId,
                [Parameters.IdTokenHint] = request.IdTokenHint,
                [Parameters.PostLogoutRedirectUri] = request.PostLogoutRedirectUri,
                [Parameters.State] = request.State,
            };
            return AccountPage.Render(http, antiforgery, "Sign out", LogoutPath,
                parameters.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value!)), null,
                ConfirmLogoutFields);
        }
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>
    /// A sign-out request is the user's own when there is no session to end, when it carries the ID token issued for
    /// the signed-in user (only their client holds it), or when it is the confirmation page's form; a link, image or
    /// form of another site is none of these.
    /// </summary>
    private static async Task<bool> IsTheUsersOwnAsync(HttpContext http, IAntiforgery antiforgery)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded) return true;
        var hint = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (hint.Principal?.GetClaim(Claims.Subject) is { } subject
            && subject == session.Principal.GetClaim(Claims.Subject)) return true;
        return HttpMethods.IsPost(http.Request.Method) && await antiforgery.IsRequestValidAsync(http);
    }

    private const string ConfirmLogoutFields = """
        <p>Sign out of Gateway?</p>
        <button type="submit">Sign out</button>
        """;

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
