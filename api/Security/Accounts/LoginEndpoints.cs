using System.Net;
using Gateway.Api.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Api.Security.Accounts;

/// <summary>
/// The sign-in pages the authorization endpoint sends people to: password, then the authenticator code when the
/// account has a second factor. They only ever return to the authorization endpoint.
/// </summary>
public static class LoginEndpoints
{
    private const string LoginPath = "/account/login";
    private const string SecondFactorPath = "/account/login/second-factor";
    public const string SignInOperation = "account.signin";
    public const string SecondFactorOperation = "account.second-factor";
    public const string LockoutOperation = "account.lockout";
    public const string LockedOutMessage = "This account is locked after repeated failures. Try again later or ask a security admin.";

    public static void MapLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, LoginPath, SafeReturnUrl(returnUrl), null, PasswordFields));
        app.MapPost(LoginPath, SignInAsync);
        app.MapGet(SecondFactorPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, SecondFactorPath, SafeReturnUrl(returnUrl), null, CodeFields));
        app.MapPost(SecondFactorPath, SecondFactorAsync);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<GatewayUser> signIn, AuditLog audit,
        RefusalAudit refusals, [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var target = SafeReturnUrl(returnUrl);
        var result = string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        await AuditAsync(http, audit, refusals, SignInOperation, result, userName);
        if (result.Succeeded) return Results.LocalRedirect(target);
        if (result.RequiresTwoFactor) return Results.LocalRedirect($"{SecondFactorPath}?returnUrl={Uri.EscapeDataString(target)}");
        var message = result.IsLockedOut ? LockedOutMessage : "The user name or password is wrong.";
        return Page(http, antiforgery, LoginPath, target, message, PasswordFields, StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> SecondFactorAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<GatewayUser> signIn, AuditLog audit,
        RefusalAudit refusals, [FromForm] string? code, [FromForm] string? returnUrl)
    {
        var target = SafeReturnUrl(returnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return Results.LocalRedirect($"{LoginPath}?returnUrl={Uri.EscapeDataString(target)}");
        var normalised = (code ?? "").Replace(" ", "").Replace("-", "");
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(normalised, isPersistent: false, rememberClient: false);
        await AuditAsync(http, audit, refusals, SecondFactorOperation, result, user.UserName);
        if (result.Succeeded) return Results.LocalRedirect(target);
        var message = result.IsLockedOut ? LockedOutMessage : "The code is wrong or has expired.";
        return Page(http, antiforgery, SecondFactorPath, target, message, CodeFields, StatusCodes.Status401Unauthorized);
    }

    /// <summary>
    /// Every sign-in step is audited under the user name given (the caller has no scope yet): a step passed, a
    /// wrong password or code, or a locked account; repeated refusals are summarised (<see cref="RefusalAudit"/>). Not
    /// cancellable: a guesser who hangs up is still recorded.
    /// </summary>
    private static Task AuditAsync(HttpContext http, AuditLog audit, RefusalAudit refusals, string operation,
        Microsoft.AspNetCore.Identity.SignInResult result, string? userName)
    {
        var (recorded, outcome) = result switch
        {
            { IsLockedOut: true } => (LockoutOperation, AuditOutcome.Denied),
            { Succeeded: true } or { RequiresTwoFactor: true } => (operation, AuditOutcome.Succeeded),
            _ => (operation, AuditOutcome.Denied),
        };
        var entry = new AuditEntry(recorded, outcome, [userName ?? ""]);
        return outcome == AuditOutcome.Succeeded
            ? audit.RecordAsync(entry)
            : refusals.RecordAsync(entry, http.Connection.RemoteIpAddress?.ToString());
    }

    /// <summary>Only the authorization endpoint is a valid place to return to, which rules out open redirects.</summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal) && !returnUrl.Contains('\\')
            ? returnUrl
            : "/connect/authorize";

    private const string PasswordFields = """
        <label>User name <input name="userName" autocomplete="username" required autofocus></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Sign in</button>
        """;

    private const string CodeFields = """
        <label>Authenticator code <input name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 -]{6,8}" required autofocus></label>
        <button type="submit">Verify</button>
        """;

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string action, string returnUrl, string? error, string fields,
        int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var alert = error is null ? "" : $"""<p role="alert">{WebUtility.HtmlEncode(error)}</p>""";
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · Gateway</title>
            <style>
              body { font: 16px system-ui, sans-serif; background: #f3f5f8; display: grid; place-items: center; min-height: 100vh; margin: 0; }
              form { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 2px 12px #0002; display: grid; gap: 1rem; width: 20rem; }
              h1 { font-size: 1.25rem; margin: 0; } label { display: grid; gap: .25rem; }
              input { font: inherit; padding: .5rem; border: 1px solid #b8c0cc; border-radius: 4px; }
              button { font: inherit; padding: .6rem; background: #1d4e89; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
              [role=alert] { color: #a4161a; margin: 0; }
            </style></head>
            <body><form method="post" action="{{action}}">
              <h1>Gateway · 社区警务</h1>
              {{alert}}
              <input type="hidden" name="{{tokens.FormFieldName}}" value="{{WebUtility.HtmlEncode(tokens.RequestToken)}}">
              <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl)}}">
              {{fields}}
            </form></body></html>
            """;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Frame-Options"] = "DENY";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
