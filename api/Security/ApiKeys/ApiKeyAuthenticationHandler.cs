using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Gateway.Api.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Api.Security.ApiKeys;

/// <summary>
/// The "ApiKey" authentication scheme: a key sent as <c>Authorization: Bearer gwk_…</c>, in the configured header
/// (<see cref="ApiKeyOptions.HeaderName"/>), or as the password of HTTP Basic (the user name empty or the key id). A
/// refused key gets 401 with a challenge that says, in general terms, that the key was not accepted — never whether
/// it exists — and is audited under its key id when one can be read, with the source address.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger, UrlEncoder encoder, ApiKeyCallers callers, RefusalAudit refusals,
    IOptions<ApiKeyOptions> keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Operation = "apikey.authenticate";
    public const string RefusedKey = "The API key was not accepted: it is unknown, expired or revoked.";
    public const string MalformedRequest =
        "Send one API key, as a Bearer token, in the API key header or as the password of HTTP Basic.";

    private string? refusal;

    /// <summary>Whether the request carries an API key anywhere this scheme reads one (a Bearer token that is not a
    /// key belongs to the token validation).</summary>
    public static bool IsPresented(HttpRequest request, string headerName)
    {
        if (request.Headers.ContainsKey(headerName)) return true;
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
            || (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && authorization[7..].TrimStart().StartsWith(ApiKeyFormat.Prefix, StringComparison.Ordinal));
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresented(Request, keys.Value.HeaderName)) return AuthenticateResult.NoResult();
        var (key, wellFormed) = PresentedKey();
        if (!wellFormed || key is null) return await RefuseAsync(key is null ? null : ApiKeyFormat.KeyIdOf(key),
            MalformedRequest);
        if (!ApiKeyFormat.TryParse(key, out var keyId, out var secret))
            return await RefuseAsync(ApiKeyFormat.KeyIdOf(key), RefusedKey);
        var principal = await callers.AuthenticateAsync(keyId, secret, Context.RequestAborted);
        return principal is null
            ? await RefuseAsync(keyId, RefusedKey)
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>The one key the request carries, and false when it carries more than one credential or a malformed
    /// one.</summary>
    private (string? Key, bool WellFormed) PresentedKey()
    {
        var header = Request.Headers[keys.Value.HeaderName];
        var authorization = Request.Headers.Authorization;
        if (header.Count > 1 || authorization.Count > 1 || (header.Count == 1 && authorization.Count == 1))
            return (null, false);
        if (header.Count == 1) return (header.ToString().Trim(), true);
        if (!AuthenticationHeaderValue.TryParse(authorization.ToString(), out var value) || value.Parameter is null)
            return (null, false);
        if (value.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return (value.Parameter, true);
        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return (null, false);
        }
        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return (null, false);
        var (user, password) = (credentials[..colon], credentials[(colon + 1)..]);
        // The user name, when given, must name the key the password is: a key id for another key is a mistake.
        return (password, user.Length == 0 || user == ApiKeyFormat.KeyIdOf(password));
    }

    private async Task<AuthenticateResult> RefuseAsync(string? keyId, string description)
    {
        refusal = description;
        await refusals.RecordAsync(new AuditEntry(Operation, AuditOutcome.Denied, [keyId ?? "(no key id)"]),
            Context.Connection.RemoteIpAddress?.ToString());
        return AuthenticateResult.Fail(description);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var error = refusal == MalformedRequest ? "invalid_request" : "invalid_key";
        Response.Headers.Append(HeaderNames.WWWAuthenticate, refusal is null
            ? SchemeName
            : $"{SchemeName} error=\"{error}\", error_description=\"{refusal}\"");
    }
}
