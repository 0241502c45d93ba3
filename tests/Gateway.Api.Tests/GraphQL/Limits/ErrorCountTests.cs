using Gateway.Api.GraphQL.Limits;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.GraphQL.Limits;

/// <summary>
/// One request cannot make the service write an answer out of proportion to it: a document over a limit gets that
/// one refusal and nothing else, and any other answer carries at most <see cref="RequestLimitsOptions.MaxErrors"/>
/// errors, the last of which says how many were left out.
/// </summary>
[Collection(TransportCollection.Name)]
public sealed class ErrorCountTests(GatewayApiFactory factory)
{
    private static readonly int MaxErrors = new RequestLimitsOptions().MaxErrors;
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task Hundreds_of_unknown_directives_get_one_short_refusal()
    {
        var response = await client.PostAsync("{ __typename " + string.Join(" ", Enumerable.Repeat("@aa", 450)) + " }");

        Assert.Equal([LimitExceededError.ErrorCode], response.ErrorCodes);
        Assert.True(response.Body.Length < 512, response.Body);
    }

    [Fact]
    public async Task A_document_over_a_limit_gets_only_the_refusal_whatever_else_is_wrong_with_it()
    {
        var aliasedUnknownFields = Enumerable.Range(1, 40).Select(i => $"a{i}: unknown{i}");

        var response = await client.PostAsync("{ " + string.Join(" ", aliasedUnknownFields) + " }");

        Assert.Equal([LimitExceededError.ErrorCode], response.ErrorCodes);
    }

    [Fact]
    public async Task Errors_past_the_cap_are_left_out_and_counted()
    {
        var response = await client.PostAsync(UnknownFields(40));

        Assert.Equal(MaxErrors, response.Errors.Count);
        Assert.All(response.ErrorMessages.Take(MaxErrors - 1),
            (message, i) => Assert.StartsWith($"Cannot query field 'unknown{i + 1}'", message));
        Assert.Equal(ErrorCap.ErrorsLeftOut, response.ErrorCodes[^1]);
        Assert.Contains($"{40 - MaxErrors + 1} more errors", response.ErrorMessages[^1]);
    }

    [Fact]
    public async Task Errors_up_to_the_cap_are_all_answered()
    {
        var response = await client.PostAsync(UnknownFields(MaxErrors));

        var expected = Enumerable.Range(1, MaxErrors).Select(i => $"Cannot query field 'unknown{i}' on type 'Query'.");
        Assert.Equal(expected, response.ErrorMessages);
    }

    [Fact]
    public async Task The_cap_is_configurable()
    {
        await using var limited = new ConfiguredApiFactory(("GraphQL:Limits:MaxErrors", "3"));

        var response = await limited.CreateGraphQLClient().PostAsync(UnknownFields(5));

        Assert.Equal(3, response.Errors.Count);
        Assert.Equal(ErrorCap.ErrorsLeftOut, response.ErrorCodes[^1]);
        Assert.Contains("3 more errors", response.ErrorMessages[^1]);
    }

    private static string UnknownFields(int count) =>
        "{ " + string.Join(" ", Enumerable.Range(1, count).Select(i => $"unknown{i}")) + " }";
}
