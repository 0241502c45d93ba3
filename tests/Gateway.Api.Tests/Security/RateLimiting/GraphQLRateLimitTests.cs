using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Security.RateLimiting;

/// <summary>
/// Each principal may have only so many <c>/graphql</c> requests in flight and spend only so much estimated cost a
/// minute; past either it gets 429 with Retry-After and a GraphQL error, before anything runs, and others are not held
/// up.
/// </summary>
public sealed class GraphQLRateLimitTests
{
    private const string Costly = "{ personnel(first: 100) { nodes { name fieldWork(first: 20) { nodes { " +
        "kind } } } } }";

    [Fact]
    public async Task A_principal_past_its_concurrent_requests_gets_429_while_another_principal_is_served()
    {
        await using var factory = new RateLimitedApiFactory(
            new Dictionary<string, string> { ["RateLimits:GraphQLConcurrentRequests"] = "1" });
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");
        var anmin = factory.CreateGraphQLClient("demo-anmin");

        var held = nanjing.PostAsync($"{{ {HeldRequests.Marker}: __typename }}");
        await factory.Held.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        using var second = await PostAsync(nanjing, "{ __typename }");
        var other = await anmin.PostAsync("{ __typename }");
        factory.Held.Release();

        await AssertRateLimitedAsync(second);
        other.AssertSuccess();
        (await held).AssertSuccess();
        (await nanjing.PostAsync("{ __typename }")).AssertSuccess();
    }

    [Fact]
    public async Task
        A_principal_that_spent_its_cost_budget_gets_429_before_any_SQL_runs_while_another_principal_is_served()
    {
        await using var factory = new RateLimitedApiFactory(
            new Dictionary<string, string> { ["RateLimits:GraphQLCostPerMinute"] = "1000" });
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");
        var anmin = factory.CreateGraphQLClient("demo-anmin");

        (await nanjing.PostAsync(Costly)).AssertSuccess();
        factory.SqlCommands.Reset();
        using var refused = await PostAsync(nanjing, Costly);
        var commands = factory.SqlCommands.Commands;
        var other = await anmin.PostAsync("{ personnel(first: 2) { nodes { name } } }");

        await AssertRateLimitedAsync(refused);
        // Only the audit trail may touch the database for a refused request: no resolver ran.
        Assert.DoesNotContain(commands, c =>
            c.Contains("\"People\"", StringComparison.Ordinal)
                || c.Contains("\"FieldWorkEvents\"", StringComparison.Ordinal));
        other.AssertSuccess();
    }

    [Fact]
    public async Task A_budget_under_sixty_a_minute_is_not_refilled_every_second()
    {
        await using var factory = new RateLimitedApiFactory(
            new Dictionary<string, string> { ["RateLimits:GraphQLCostPerMinute"] = "2" });
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");

        const string query = "{ offices(first: 1) { nodes { code } } }";
        (await nanjing.PostAsync(query)).AssertSuccess();
        await Task.Delay(TimeSpan.FromSeconds(2));
        using var refused = await PostAsync(nanjing, query);

        // The query costs more than two: it takes the whole budget, which comes back a unit every 30 s, not a second.
        await AssertRateLimitedAsync(refused);
    }

    private static Task<HttpResponseMessage> PostAsync(GraphQLClient client, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
        {
            Content = JsonContent.Create(new { query }),
        };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponseJson);
        return client.Http.SendAsync(request);
    }

    private static async Task AssertRateLimitedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode}: {body}");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
        var json = JsonNode.Parse(body)!;
        Assert.Null(json["data"]);
        var error = Assert.Single(json["errors"]!.AsArray())!;
        Assert.Equal("RATE_LIMITED", error["extensions"]?["code"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]?.GetValue<string>()));
    }
}
