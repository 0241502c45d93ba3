using System.Security.Cryptography;
using System.Text;

namespace Gateway.Api.Security.Headers;

/// <summary>
/// Headers on every answer, whatever writes it (endpoints, OpenIddict, a refused token's challenge): browsers sniff no
/// content types and send no referrer, and a page may load nothing but its own styles (inline ones only by hash),
/// post forms only back to the service, and never be framed. JSON answers carry the same policy: it costs nothing
/// there and holds should a browser ever render one.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, string contentSecurityPolicy)
{
    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // The service's URLs carry authorization requests and codes, and nothing it serves needs a Referer.
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        return next(http);
    }

    /// <summary>The policy for pages whose only inline content is <paramref name="inlineStyles"/>, each allowed by its
    /// SHA-256.</summary>
    public static string ContentSecurityPolicy(IEnumerable<string> inlineStyles)
    {
        var hashes = inlineStyles.Select(style =>
            $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'");
        return $"default-src 'none'; style-src 'self' {string.Join(' ', hashes)}; form-action 'self'; frame-ancestors "
            + "'none'; base-uri 'none'";
    }
}
