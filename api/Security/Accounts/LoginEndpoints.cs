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
    private const string AuthorizePath = "/connect/authorize";
    // One answer for an unknown user, a wrong password and a locked account: none of them confirms the account exists.
    public const string WrongPasswordMessage = "The user name or password is wrong, or the account is locked.";
    public const string WrongCodeMessage = "The code is wrong or has expired, or the account is locked.";

    public static void MapLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, LoginPath, SafeReturnUrl(returnUrl), null, PasswordFields));
        app.MapPost(LoginPath, SignInAsync);
        app.MapGet(SecondFactorPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, SecondFactorPath, SafeReturnUrl(returnUrl), null, CodeFields));
        app.MapPost(SecondFactorPath, SecondFactorAsync);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery,
        SignInManager<GatewayUser> signIn, GatewayUserManager users, AuditLog audit, RefusalAudit refusals,
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var target = SafeReturnUrl(returnUrl);
        var user = string.IsNullOrEmpty(userName) ? null : await users.FindByNameAsync(userName);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (user is null || string.IsNullOrEmpty(password))
        {
            users.CheckPasswordOfNoAccount(password ?? "");
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            // Identity refuses a locked account before it checks the password: check one anyway, so the time is the
            // same.
            if (result.IsLockedOut) users.CheckPasswordOfNoAccount(password);
        }
        await AuditAsync(http, audit, refusals, SignInOperation, result, userName);
        if (result.Succeeded) return Results.LocalRedirect(target);
        if (result.RequiresTwoFactor)
            return Results.LocalRedirect($"{SecondFactorPath}?returnUrl={Uri.EscapeDataString(target)}");
        return Page(http, antiforgery, LoginPath, target, WrongPasswordMessage, PasswordFields,
            StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> SecondFactorAsync(HttpContext http, IAntiforgery antiforgery,
        SignInManager<GatewayUser> signIn, AuditLog audit, RefusalAudit refusals, [FromForm] string? code,
        [FromForm] string? returnUrl)
    {
        var target = SafeReturnUrl(returnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return Results.LocalRedirect($"{LoginPath}?returnUrl={Uri.EscapeDataString(target)}");
        var normalised = (code ?? "").Replace(" ", "").Replace("-", "");
        var result =
            await signIn.TwoFactorAuthenticatorSignInAsync(normalised, isPersistent: false, rememberClient: false);
        await AuditAsync(http, audit, refusals, SecondFactorOperation, result, user.UserName);
        if (result.Succeeded) return Results.LocalRedirect(target);
        return Page(http, antiforgery, SecondFactorPath, target, WrongCodeMessage, CodeFields,
            StatusCodes.Status401Unauthorized);
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

    /// <summary>
    /// Only the authorization endpoint is a valid place to return to, which rules out open redirects; and only in URL
    /// characters, so nothing (CR/LF, control characters, U+2028) can break or be injected into the Location header.
    /// </summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null
        && (returnUrl == AuthorizePath || returnUrl.StartsWith(AuthorizePath + "?", StringComparison.Ordinal))
        && returnUrl.All(IsUrlCharacter)
            ? returnUrl
            : AuthorizePath;

    /// <summary>RFC 3986: unreserved and reserved characters, and <c>%</c> for everything else,
    /// percent-encoded.</summary>
    private static bool IsUrlCharacter(char c) => char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".Contains(c);

    private const string PasswordFields = """
        <label>User name <input name="userName" autocomplete="username" required autofocus></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Sign in</button>
        """;

    private const string CodeFields = """
        <label>Authenticator code <input name="code" inputmode="numeric" autocomplete="one-time-code"
            pattern="[0-9 \-]{6,8}" required autofocus></label>
        <button type="submit">Verify</button>
        """;

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string action, string returnUrl,
        string? error, string fields, int status = StatusCodes.Status200OK) =>
        AccountPage.Render(http, antiforgery, "Sign in", action, [KeyValuePair.Create("returnUrl", returnUrl)], error,
            fields, status);
}
