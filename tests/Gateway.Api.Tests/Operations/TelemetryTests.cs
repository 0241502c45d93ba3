using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Hosting;
using Gateway.Api.Operations;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Operations;

/// <summary>Traces and metrics: GraphQL operations by name and cost, EF commands, token issuance; no value a caller
/// sent in any span.</summary>
public sealed class TelemetryTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Fact]
    public async Task The_scrape_counts_published_operations_by_name_ad_hoc_ones_without_and_token_requests()
    {
        var client = factory.CreateGraphQLClient();
        var offices = PersistedDocument.IdOf(await File.ReadAllBytesAsync(
            RepositoryFiles.PathOf("schema/operations/Offices.graphql")));
        (await client.GetRawAsync($"?documentId={Uri.EscapeDataString(offices)}")).AssertSuccess();
        await client.QueryAsync("query FreeTextName { viewer { __typename } }");

        var scrape = await factory.CreateClient().GetStringAsync("/metrics");

        Assert.Contains("graphql_operation_name=\"Offices\"", scrape);
        Assert.Contains("graphql_operation_name=\"(ad hoc)\"", scrape);
        Assert.DoesNotContain("FreeTextName", scrape);
        Assert.Contains("gateway_graphql_operation_cost", scrape);
        Assert.Matches("gateway_token_requests_total\\{[^}]*gateway_outcome=\"issued\"[^}]*"
            + "oauth_grant_type=\"client_credentials\"", scrape);
        Assert.Contains("http_server_request_duration_seconds", scrape);
    }

    [Fact]
    public async Task Spans_name_the_operation_and_its_cost_and_carry_SQL_without_the_values_sent()
    {
        // Spans are recorded for a collector only; none listens on the discard port, and a failed export is dropped.
        await using var traced = new ConfiguredApiFactory((TelemetrySetup.OtlpEndpointKey, "http://127.0.0.1:9"));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is GatewayTelemetry.Name
                || source.Name.StartsWith("OpenTelemetry.Instrumentation.EntityFrameworkCore", StringComparison.Ordinal)
                || source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var idNumber = await traced.WithDbAsync(db => db.Residents.OrderBy(r => r.Id).Select(r => r.IdNumber)
            .FirstAsync());

        await traced.CreateGraphQLClient("demo-station").QueryAsync(
            "query ResidentLookup($n: String!) { residentsByIdNumber(idNumber: $n) { id name } }",
            new { n = idNumber });

        var recorded = spans.ToList();
        var operation = Assert.Single(recorded, s => s.Source.Name == GatewayTelemetry.Name
            && s.GetTagItem("graphql.operation.name") as string == "ResidentLookup");
        Assert.Equal("query ResidentLookup", operation.DisplayName);
        Assert.True(operation.GetTagItem("gateway.graphql.cost") is double cost && cost > 0);
        Assert.Equal("ok", operation.GetTagItem("gateway.graphql.outcome"));
        Assert.Contains(recorded, s => s.TraceId == operation.TraceId && s.Tags.Any(t => t.Key.StartsWith("db.")));
        var leaks = recorded.SelectMany(s => s.TagObjects.Select(t => $"{s.DisplayName} {t.Key}={t.Value}"))
            .Concat(recorded.Select(s => s.DisplayName))
            .Where(text => text.Contains(idNumber, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task Without_a_collector_no_statement_is_traced()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is GatewayTelemetry.Name || source.Name.StartsWith(
                "OpenTelemetry.Instrumentation.EntityFrameworkCore", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await factory.CreateGraphQLClient("demo-station")
            .QueryAsync("query UntracedOffices { offices { totalCount } }");

        var recorded = spans.ToList();
        var operation = Assert.Single(recorded, s => s.Source.Name == GatewayTelemetry.Name
            && s.GetTagItem("graphql.operation.name") as string == "UntracedOffices");
        Assert.DoesNotContain(recorded,
            s => s.TraceId == operation.TraceId && s.Tags.Any(t => t.Key.StartsWith("db.")));
    }

    [Fact]
    public async Task The_scrape_is_answered_only_to_the_networks_configured()
    {
        await using var restricted = new ConfiguredApiFactory(("Telemetry:PrometheusAllowedNetworks:0", "10.0.0.0/8"));

        using var response = await restricted.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
