using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Gateway.Api.Hosting;

/// <summary>
/// Serves the admin page, built from <c>admin-ui/</c> into <c>wwwroot/admin</c> by the api build, at
/// <see cref="BasePath"/>. Files under <c>assets/</c> carry a content hash in their names and are cached for a year;
/// every other path (deep links included) is the page itself, never cached, as each copy carries its own style nonce.
/// </summary>
public static class AdminUiSetup
{
    public const string BasePath = "/admin";
    /// <summary>The placeholder in the built <c>index.html</c> that each response replaces with its nonce.</summary>
    public const string NoncePlaceholder = "__CSP_NONCE__";
    private const string AssetsFolder = "assets/";
    private const string ImmutableAsset = "public, max-age=31536000, immutable";

    public static WebApplication MapGatewayAdminUi(this WebApplication app)
    {
        var root = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "admin");
        var contentTypes = new FileExtensionContentTypeProvider();
        app.MapGet(BasePath, (HttpContext http, CancellationToken cancellationToken) =>
            PageAsync(http, root, cancellationToken));
        app.MapGet(BasePath + "/{**path}", (HttpContext http, string? path, CancellationToken cancellationToken) =>
        {
            if (path is null || !path.StartsWith(AssetsFolder, StringComparison.Ordinal))
                return PageAsync(http, root, cancellationToken);
            // The provider refuses paths that climb out of the folder ("..", rooted paths).
            var file = Directory.Exists(root) ? new PhysicalFileProvider(root).GetFileInfo(path) : null;
            if (file is not { Exists: true, PhysicalPath: not null }
                || !contentTypes.TryGetContentType(path, out var type))
                return Task.FromResult(Results.NotFound());
            http.Response.Headers.CacheControl = ImmutableAsset;
            return Task.FromResult(Results.File(file.PhysicalPath, type, enableRangeProcessing: false));
        });
        return app;
    }

    /// <summary>
    /// The page under a policy that runs only the service's own scripts and styles, plus the style elements antd's
    /// CSS-in-JS writes, admitted by this response's nonce; it talks to nothing but this origin and is never framed.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'none'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        + "base-uri 'self'";

    private static async Task<IResult> PageAsync(HttpContext http, string root, CancellationToken cancellationToken)
    {
        var index = Path.Combine(root, "index.html");
        if (!File.Exists(index))
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The admin page is not built.",
                detail: "Build the api (dotnet build api) with Node.js and npm on the PATH; it builds admin-ui/.");
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var html = (await File.ReadAllTextAsync(index, cancellationToken)).Replace(NoncePlaceholder, nonce);
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
