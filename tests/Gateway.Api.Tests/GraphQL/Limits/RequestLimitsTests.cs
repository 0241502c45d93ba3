using System.Net;
using System.Text;
using Gateway.Api.GraphQL.Limits;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.GraphQL.Limits;

/// <summary>
/// Request limits (SECURITY-CHECKS 1–5, 8, 9, 12, 14, 15): each limit with a document just under and just over it.
/// A refused document is a 400 with one generic error that names no threshold, and nothing runs.
/// </summary>
[Collection(TransportCollection.Name)]
public sealed class RequestLimitsTests(GatewayApiFactory factory)
{
    private const string GenericMessage =
        "Query validation error: the document asks for more than this service allows in one request.";
    private static readonly RequestLimitsOptions Defaults = new();
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task Check01_depth_at_the_limit_runs_and_one_deeper_is_refused()
    {
        await AssertRunsAsync(ParentChain(Defaults.MaxDepth));
        await AssertRefusedAsync(ParentChain(Defaults.MaxDepth + 1));
    }

    [Fact]
    public async Task Check02_an_amount_bomb_is_refused_before_it_runs()
    {
        await AssertRefusedAsync(
            "{ personnel(first: 99999999) { nodes { name assignments(first: 100) { nodes { grid { code } } } } } }");
        await AssertRefusedAsync(
            "{ offices(first: 100) { nodes { grids(first: 100) { nodes { assignments(first: 100) { nodes { " +
            "person { fieldWork(first: 100) { nodes { note } } } } } } } } } }");
    }

    [Fact]
    public async Task Check02_the_cost_limit_counts_page_sizes()
    {
        // offices (1) + nodes (1) + code once per row: first + 2.
        await using var limited = new ConfiguredApiFactory(("GraphQL:Limits:MaxComplexity", "52"));
        var limitedClient = limited.CreateGraphQLClient();
        (await limitedClient.PostAsync("{ offices(first: 50) { nodes { code } } }")).AssertSuccess();
        AssertRefused(await limitedClient.PostAsync("{ offices(first: 51) { nodes { code } } }"));
        AssertRefused(await limitedClient.PostAsync("query($n: Int) { offices(first: $n) { nodes { code } } }",
            new { n = 51 }));
    }

    [Fact]
    public async Task Check03_aliases_at_the_limit_run_and_one_more_is_refused()
    {
        await AssertRunsAsync(Aliases(Defaults.MaxAliases));
        await AssertRefusedAsync(Aliases(Defaults.MaxAliases + 1));
        await AssertRefusedAsync(Aliases(101));
    }

    [Fact]
    public async Task Check04_tokens_at_the_limit_run_and_one_more_is_refused()
    {
        // "{" + n × "__typename" + "}" is n + 2 tokens.
        await AssertRunsAsync(RepeatedField(Defaults.MaxTokens - 2));
        await AssertRefusedAsync(RepeatedField(Defaults.MaxTokens - 1));
    }

    [Fact]
    public async Task Check04_characters_at_the_limit_run_and_one_more_is_refused()
    {
        await AssertRunsAsync(PaddedTo(Defaults.MaxCharacters));
        await AssertRefusedAsync(PaddedTo(Defaults.MaxCharacters + 1));
    }

    [Fact]
    public async Task Check05_directives_at_the_limit_run_and_one_more_is_refused()
    {
        await AssertRunsAsync(Directives(Defaults.MaxDirectives));
        var response = await client.PostAsync(Directives(Defaults.MaxDirectives + 30));
        AssertRefused(response);
        Assert.Single(response.Errors);
    }

    [Fact]
    public async Task Check08_full_introspection_runs_and_circular_introspection_is_refused()
    {
        await AssertRunsAsync(IntrospectionQuery);
        await AssertRefusedAsync(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { type { " +
            "fields { type { name } } } } } } } } } } } } }");
    }

    [Fact]
    public async Task Check09_a_request_past_its_time_is_stopped_with_a_timeout_error()
    {
        await using var limited = new ConfiguredApiFactory(("GraphQL:Limits:ExecutionTimeoutSeconds", "0"));
        var limitedClient = limited.CreateGraphQLClient();
        var response = await limitedClient.PostAsync("{ personnel(first: 100) { nodes { name } } }");
        Assert.True(response.Status == HttpStatusCode.OK && response.ErrorCodes.SequenceEqual(["TIMEOUT"]),
            response.ToString());
        Assert.Null(response.Data?["personnel"]);
    }

    [Fact]
    public async Task Check12_no_field_suggestions_outside_development()
    {
        var response = await client.PostAsync("{ offices { nodes { nam } } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.DoesNotContain("Did you mean", response.Body);
        Assert.Contains("Cannot query field 'nam'", response.Body);
    }

    [Fact]
    public async Task Check14_errors_carry_no_exception_details()
    {
        var malformed = await client.PostAsync("qwerty cop { abc }");
        var badPaging = await client.PostAsync("{ offices(after: \"not-a-cursor\") { totalCount } }");
        foreach (var response in new[] { malformed, badPaging })
        {
            response.AssertSpecShapedErrors();
            Assert.DoesNotContain("details", response.Body);
            Assert.DoesNotContain("   at ", response.Body);
            Assert.DoesNotContain("Exception", response.Body);
        }
    }

    [Fact]
    public async Task Check15_a_refusal_names_no_threshold()
    {
        var response = await client.PostAsync(Aliases(40));
        AssertRefused(response);
        Assert.Equal([GenericMessage], response.ErrorMessages);
    }

    private async Task AssertRunsAsync(string query) => (await client.PostAsync(query)).AssertSuccess();

    private async Task AssertRefusedAsync(string query) => AssertRefused(await client.PostAsync(query));

    private static void AssertRefused(GraphQLResponse response)
    {
        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        Assert.Null(response.Json?["data"]);
        Assert.Contains(LimitExceededError.ErrorCode, response.ErrorCodes);
    }

    /// <summary>
    /// <c>{ grids(first: 1) { nodes { office { parent { parent … { code } } } } } }</c> with <paramref name="depth"/>
    /// levels of fields.
    /// </summary>
    private static string ParentChain(int depth)
    {
        var parents = depth - 4;
        return "{ grids(first: 1) { nodes { office { " + string.Concat(Enumerable.Repeat("parent { ", parents))
            + "code" + new string('}', parents).Replace("}", " }") + " } } } }";
    }

    private static string Aliases(int count) =>
        "{ " + string.Join(" ", Enumerable.Range(1, count).Select(i => $"a{i}: __typename")) + " }";

    private static string RepeatedField(int count) =>
        "{" + string.Join(" ", Enumerable.Repeat("__typename", count)) + "}";

    private static string Directives(int count) =>
        "{ " + string.Join(" ", Enumerable.Repeat("__typename @include(if: true)", count)) + " }";

    private static string PaddedTo(int length)
    {
        var query = new StringBuilder("{ __typename }\n#");
        query.Append('x', length - query.Length);
        return query.ToString();
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) {
            name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
