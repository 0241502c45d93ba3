using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Gateway.Api.Hosting;

/// <summary>
/// Serves the admin page, built from <c>admin-ui/</c> into <c>wwwroot/admin</c> by the api build, at
/// <see cref="BasePath"/>. Files under <c>assets/</c> carry a content hash in their names and are cached for a year;
/// <c>graphiql</c> is the GraphiQL page; every other path (deep links included) is the admin page itself. Pages are
/// never cached, as each copy carries its own style nonce. Every path answers HEAD as it answers GET, without the body.
/// </summary>
public static class AdminUiSetup
{
    public const string BasePath = "/admin";
    /// <summary>The placeholder in the built <c>index.html</c> that each response replaces with its nonce.</summary>
    public const string NoncePlaceholder = "__CSP_NONCE__";
    private const string AssetsFolder = "assets/";
    private const string GraphiQLPath = "graphiql";
    private const string ImmutableAsset = "public, max-age=31536000, immutable";
    // HEAD answers as GET does, headers and all; Kestrel sends no body with it.
    private static readonly string[] PageMethods = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplication MapGatewayAdminUi(this WebApplication app)
    {
        var root = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "admin");
        var contentTypes = new FileExtensionContentTypeProvider();
        app.MapMethods(BasePath, PageMethods, (HttpContext http, CancellationToken cancellationToken) =>
            PageAsync(http, root, "index.html", ContentSecurityPolicy, cancellationToken));
        app.MapMethods(BasePath + "/{**path}", PageMethods,
            (HttpContext http, string? path, CancellationToken cancellationToken) =>
        {
            if (path == GraphiQLPath)
                return PageAsync(http, root, "graphiql.html", GraphiQLContentSecurityPolicy, cancellationToken);
            if (path is null || !path.StartsWith(AssetsFolder, StringComparison.Ordinal))
                return PageAsync(http, root, "index.html", ContentSecurityPolicy, cancellationToken);
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
    /// The page under a policy that runs only the service's own scripts (and its GraphiQL editor's workers) and
    /// styles, plus the style elements antd's CSS-in-JS writes, admitted by this response's nonce; it talks to nothing
    /// but this origin and is never framed. Fonts and images may also be data URLs: GraphiQL's stylesheet carries its
    /// fonts inline, and neither can run anything.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'nonce-{nonce}'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; manifest-src 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'self'";

    /// <summary>
    /// The admin page's policy plus style attributes, which GraphiQL's editor (Monaco) writes into the lines it draws;
    /// style elements still need the nonce, and scripts stay the service's own.
    /// </summary>
    public static string GraphiQLContentSecurityPolicy(string nonce) =>
        ContentSecurityPolicy(nonce) + "; style-src-attr 'unsafe-inline'";

    private static async Task<IResult> PageAsync(HttpContext http, string root, string page,
        Func<string, string> policy, CancellationToken cancellationToken)
    {
        var index = Path.Combine(root, page);
        if (!File.Exists(index))
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The admin page is not built.",
                detail: "Build the api (dotnet build api) with Node.js and npm on the PATH; it builds admin-ui/.");
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var html = (await File.ReadAllTextAsync(index, cancellationToken)).Replace(NoncePlaceholder, nonce);
        http.Response.Headers.ContentSecurityPolicy = policy(nonce);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
