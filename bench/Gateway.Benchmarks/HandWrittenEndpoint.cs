using Gateway.Api.Data;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;

namespace Gateway.Benchmarks;

/// <summary>
/// What a developer would write instead of GraphQL for one screen: <c>GET /bench/{scenario}</c> checks the same bearer
/// token, enters the same tenant scope, runs the scenario's hand-written EF query and writes its JSON. It sits in front
/// of the app's pipeline, so it pays for HTTP, the token and serialisation exactly as the GraphQL endpoint does.
/// </summary>
internal sealed class HandWrittenEndpoint : IStartupFilter
{
    public const string Prefix = "/bench";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // MapWhen rather than Map: the token's issuer is checked against the request's base path, which Map would
        // change.
        app.MapWhen(http => http.Request.Path.StartsWithSegments(Prefix),
            branch => branch.UseAuthentication().Run(ServeAsync));
        next(app);
    };

    private static async Task ServeAsync(HttpContext http)
    {
        var authenticated = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        var scenario = Scenario.All.SingleOrDefault(s => http.Request.Path == $"{Prefix}/{s.Slug}");
        if (!authenticated.Succeeded || scenario is null)
        {
            http.Response.StatusCode = authenticated.Succeeded
                ? StatusCodes.Status404NotFound
                : StatusCodes.Status401Unauthorized;
            return;
        }
        http.RequestServices.GetRequiredService<TenantScope>().EnterFrom(authenticated.Principal!);
        var page = await scenario.Ef(http.RequestServices.GetRequiredService<GatewayDbContext>());
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(page.Body);
    }
}
