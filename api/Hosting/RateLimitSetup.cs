using Gateway.Api.Audit;
using Gateway.Api.Security.RateLimiting;
using GraphQL.DI;
using Microsoft.AspNetCore.RateLimiting;

namespace Gateway.Api.Hosting;

public static class RateLimitSetup
{
    /// <summary>
    /// Limits on sign-in (<see cref="SignInLimits"/>) and on each principal's <c>/graphql</c> requests
    /// (<see cref="GraphQLRequestBudget"/>), configured under <see cref="RateLimitOptions.Section"/>; refusals and
    /// rejections are audited in summaries (<see cref="RefusalAudit"/>).
    /// </summary>
    public static IHostApplicationBuilder AddGatewayRateLimits(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RefusalAudit>().AddHostedService(provider => provider.GetRequiredService<RefusalAudit>());
        services.AddSingleton<SignInLimits>();
        services.AddSingleton<GraphQLRequestBudget>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<GraphQLRequestBudget>());
        services.AddScoped<RequestCostEstimate>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<SignInLimits>((options, limits) =>
        {
            options.GlobalLimiter = limits.Limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = SignInLimits.OnRejectedAsync;
        });
        return builder;
    }

    /// <summary>Before authentication: OpenIddict refuses wrong client secrets there, before any endpoint
    /// runs.</summary>
    public static WebApplication UseGatewayRateLimits(this WebApplication app)
    {
        app.UseMiddleware<SignInRateLimiting>();
        app.UseRateLimiter();
        return app;
    }
}
