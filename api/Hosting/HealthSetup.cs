using Gateway.Api.Integrations;
using Gateway.Api.Operations;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Gateway.Api.Hosting;

/// <summary>
/// <c>/healthz</c>: the process answers (no check runs, nothing is read), for a liveness probe that restarts a hung
/// process. <c>/readyz</c>: every check tagged <see cref="ReadyTag"/> passes, for a readiness probe or load balancer
/// that sends traffic only to an instance that can serve it: the database answers with this build's schema, and the
/// webhook worker keeps up. Both are anonymous and answer with the status word alone
/// (Healthy, Degraded, Unhealthy; 503 when Unhealthy), never a reason, a path or a version.
/// </summary>
public static class HealthSetup
{
    /// <summary>A check with this tag decides readiness.</summary>
    public const string ReadyTag = "ready";
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";

    public static IHostApplicationBuilder AddGatewayHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadiness>(DatabaseReadiness.Name, tags: [ReadyTag])
            .AddCheck<OutboxReadiness>(OutboxReadiness.Name, tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapGatewayHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous()
            .DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
