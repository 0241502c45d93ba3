using System.Net.Http.Headers;
using System.Text;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Security.RateLimiting;

/// <summary>
/// Who a sign-in request (<c>/connect/*</c>, <c>/account/login*</c>) is counted against: its source address and, when
/// it presents something to guess, its account — the client id sent with a secret, or the user name typed in. A public
/// client (the admin page) has no secret, so its requests count against their addresses only: one shared bucket for
/// every user of the admin page would let anyone lock them all out.
/// </summary>
public sealed record SignInCaller(string Address, string? Account)
{
    /// <summary>Long enough for any real client id or user name; an attacker's megabyte is not kept as a key.</summary>
    private const int MaxAccountLength = 128;

    public static bool Covers(PathString path) =>
        path.StartsWithSegments("/connect") || path.StartsWithSegments("/account/login");

    public static async Task<SignInCaller> ReadAsync(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "(unknown)";
        // The form is read once and kept by ASP.NET Core, so OpenIddict and the login endpoint read the same one.
        var form = context.Request.HasFormContentType ? await ReadFormAsync(context) : null;
        var account = context.Request.Path.StartsWithSegments("/account/login")
            ? UserName(form)
            : ClientWithSecret(context.Request, form);
        return new SignInCaller(address,
            account is null ? null : account[..Math.Min(account.Length, MaxAccountLength)]);
    }

    private static string? UserName(IFormCollection? form) =>
        form?["userName"].ToString() is { Length: > 0 } name ? "user:" + name.ToUpperInvariant() : null;

    private static string? ClientWithSecret(HttpRequest request, IFormCollection? form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && BasicClientId(header.Parameter) is { } basic)
            return "client:" + basic;
        if (form is null || string.IsNullOrEmpty(form[Parameters.ClientSecret])) return null;
        return form[Parameters.ClientId].ToString() is { Length: > 0 } id ? "client:" + id : null;
    }

    /// <summary>The client id of <c>Basic base64(urlencode(id):urlencode(secret))</c> (RFC 6749 2.3.1).</summary>
    private static string? BasicClientId(string? parameter)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter ?? ""));
            var colon = decoded.IndexOf(':');
            return colon > 0 ? Uri.UnescapeDataString(decoded[..colon].Replace('+', ' ')) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context)
    {
        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // A malformed form is refused by the endpoint; here it names no account.
            return null;
        }
    }
}
