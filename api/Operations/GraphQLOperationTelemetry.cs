using System.Diagnostics;
using Gateway.Api.Security.RateLimiting;
using GraphQL;
using GraphQL.DI;

namespace Gateway.Api.Operations;

/// <summary>
/// Wraps every GraphQL execution in a span named after the operation (<c>query OfficeStaffing</c>), tagged with the
/// operation's type, name, published document id, estimated cost and outcome, and counts it in
/// <see cref="GatewayTelemetry"/>'s metrics; one log line per operation says the same. Metrics name an operation only
/// when it is a published document: names in ad-hoc documents are the caller's free text, and would grow the series
/// without bound. Variables never become tags.
/// </summary>
public sealed class GraphQLOperationTelemetry(GatewayTelemetry telemetry, ILogger<GraphQLOperationTelemetry> logger)
    : IConfigureExecution
{
    public const string AdHoc = "(ad hoc)";
    /// <summary>Outermost: the span covers the published-document lookup, validation and the time limit.</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var span = telemetry.Traces.StartActivity("graphql", ActivityKind.Internal);
        var started = Stopwatch.GetTimestamp();
        var result = await next(options);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var name = result.Operation?.Name?.StringValue;
        var published = options.DocumentId;
        var cost = options.RequestServices?.GetService<RequestCostEstimate>()?.Value;
        var outcome = !result.Executed ? "rejected" : result.Errors is { Count: > 0 } ? "errors" : "ok";
        var codes = result.Errors?.Select(e => e.Code).Where(c => c is not null).Distinct().Take(5).ToArray() ?? [];

        if (span is not null)
        {
            span.DisplayName = name is null ? type : $"{type} {Shortened(name)}";
            span.SetTag("graphql.operation.type", type);
            span.SetTag("graphql.operation.name", name is null ? null : Shortened(name));
            span.SetTag("gateway.graphql.document_id", published);
            span.SetTag("gateway.graphql.cost", cost);
            span.SetTag("gateway.graphql.outcome", outcome);
            if (codes.Length > 0) span.SetTag("gateway.graphql.error_codes", string.Join(',', codes));
            if (outcome != "ok") span.SetStatus(ActivityStatusCode.Error);
        }

        var metricName = published is not null && name is not null ? name : AdHoc;
        TagList tags = new()
        {
            { "graphql.operation.type", type }, { "graphql.operation.name", metricName },
            { "gateway.graphql.outcome", outcome },
        };
        telemetry.GraphQLOperations.Add(1, tags);
        telemetry.GraphQLDuration.Record(elapsed.TotalSeconds, tags);
        if (cost is { } estimated) telemetry.GraphQLCost.Record(estimated, tags);
        logger.LogInformation(
            "GraphQL {OperationType} {OperationName} ({DocumentId}): {Outcome} {ErrorCodes}, cost {Cost}, "
            + "{ElapsedMilliseconds:F0} ms", type, name is null ? "(anonymous)" : Shortened(name),
            published ?? AdHoc, outcome, codes.Length == 0 ? "-" : string.Join(',', codes), cost,
            elapsed.TotalMilliseconds);
        return result;
    }

    /// <summary>An operation name as far as telemetry keeps it: the caller chose it.</summary>
    private static string Shortened(string name) => name.Length <= 100 ? name : name[..100];
}
