using Gateway.Api.Data;
using Gateway.Api.Security.ApiKeys;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Security.Clients;

/// <summary>
/// Answers a browser's CORS preflight for <c>/graphql</c>, before authentication (a preflight carries no
/// credentials): for an origin some live client lists, GET and POST with the headers a key or token needs, kept by
/// the browser for <see cref="MaxAgeSeconds"/>; for any other origin no CORS headers, so the browser sends nothing.
/// Which client's page it is shows only on the actual request (<see cref="ClientAccessCheck"/>).
/// </summary>
public sealed class ClientCorsPreflight(RequestDelegate next, ClientAccessRules rules, IOptions<ApiKeyOptions> keys)
{
    public static readonly PathString GraphQLPath = "/graphql";
    public const int MaxAgeSeconds = 600;

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsOptions(request.Method) || !request.Path.Equals(GraphQLPath)
            || request.Headers.Origin.Count != 1 || request.Headers.AccessControlRequestMethod.Count == 0)
        {
            await next(http);
            return;
        }
        var origin = request.Headers.Origin.ToString();
        var db = http.RequestServices.GetRequiredService<GatewayDbContext>();
        var headers = http.Response.Headers;
        headers.Vary = "Origin";
        if ((await rules.OriginsAsync(db, http.RequestAborted)).Contains(origin))
        {
            headers.AccessControlAllowOrigin = origin;
            headers.AccessControlAllowMethods = "GET, POST";
            headers.AccessControlAllowHeaders = $"Authorization, Content-Type, {keys.Value.HeaderName}";
            headers.AccessControlMaxAge = MaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
