using Gateway.Api.Operations;
using Gateway.Api.Security.Clients;
using GraphQL.DI;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gateway.Api.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics of HTTP requests, GraphQL operations (name, type, cost, outcome), EF Core commands
/// (statement text with its literals replaced, never parameter values), token issuance and the runtime. Exported over
/// OTLP only when <see cref="OtlpEndpointKey"/> is set; metrics are also served for Prometheus to scrape at
/// <see cref="TelemetryOptions.PrometheusPath"/>, from the networks in
/// <see cref="TelemetryOptions.PrometheusAllowedNetworks"/> (none listed: from anywhere).
/// </summary>
public static class TelemetrySetup
{
    public const string OtlpEndpointKey = "Telemetry:Otlp:Endpoint";
    public const string OtlpProtocolKey = "Telemetry:Otlp:Protocol";

    public static IHostApplicationBuilder AddGatewayTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new();
        var allowed = options.PrometheusAllowedNetworks.Select(network =>
            ClientAccess.TryParseRange(network, out _) ? network : throw new InvalidOperationException(
                $"{TelemetryOptions.Section}:PrometheusAllowedNetworks holds '{network}', which is no CIDR range."))
            .ToArray();
        services.AddSingleton(new MetricsScrapers(ClientAccess.Of(allowed, [])));
        services.AddSingleton<GatewayTelemetry>();
        services.AddSingleton<IConfigureExecution, GraphQLOperationTelemetry>();
        services.AddSingleton<TokenTelemetry>();
        services.AddOpenIddict().AddServer(server => server.AddEventHandler(TokenTelemetry.Descriptor));

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(GatewayTelemetry.Name, "Microsoft.EntityFrameworkCore")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter(prometheus => prometheus.ScrapeEndpointPath = options.PrometheusPath));
        // Spans are recorded only for a collector to receive them: without one they were built and dropped, and the
        // EF instrumentation looked up the provider's name by reflection for every command.
        if (builder.Configuration[OtlpEndpointKey] is { Length: > 0 } endpoint)
            telemetry
                .WithTracing(tracing => tracing
                    .AddSource(GatewayTelemetry.Name)
                    // Probes and scrapes every few seconds would drown the requests worth tracing.
                    .AddAspNetCoreInstrumentation(aspNetCore =>
                        aspNetCore.Filter = http => !IsOperational(http, options))
                    // Parameter values are a request's data (ID numbers, phones): left off, the instrumentation's
                    // default; the statement text it records has its literals replaced by placeholders.
                    .AddEntityFrameworkCoreInstrumentation())
                .UseOtlpExporter(
                    builder.Configuration[OtlpProtocolKey] == "http/protobuf"
                        ? OtlpExportProtocol.HttpProtobuf
                        : OtlpExportProtocol.Grpc,
                    new Uri(endpoint));
        return builder;
    }

    /// <summary>Before authentication, so every log line of a request carries its caller once known.</summary>
    public static WebApplication UseGatewayRequestLogScope(this WebApplication app)
    {
        app.UseMiddleware<RequestLogScope>();
        return app;
    }

    public static WebApplication MapGatewayMetrics(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new();
        var scrapers = app.Services.GetRequiredService<MetricsScrapers>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(http =>
            http.Request.Path == options.PrometheusPath && scrapers.Access.Allows(http.Connection.RemoteIpAddress));
        return app;
    }

    private static bool IsOperational(HttpContext http, TelemetryOptions options) =>
        http.Request.Path == HealthSetup.LivePath || http.Request.Path == HealthSetup.ReadyPath
        || http.Request.Path == options.PrometheusPath;

    /// <summary>Who may read <see cref="TelemetryOptions.PrometheusPath"/>.</summary>
    private sealed record MetricsScrapers(ClientAccess Access);
}

/// <summary>Telemetry settings under <see cref="Section"/>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The <c>service.name</c> of every span and metric.</summary>
    public string ServiceName { get; set; } = "gateway";
    public string PrometheusPath { get; set; } = "/metrics";
    /// <summary>CIDR ranges the Prometheus scrape is answered to; none: every address. Others get a 404, as for a
    /// path that does not exist.</summary>
    public string[] PrometheusAllowedNetworks { get; set; } = [];
}
