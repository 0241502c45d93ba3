using System.Net;
using Gateway.Api.GraphQL.Limits;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.GraphQL.Limits;

/// <summary>
/// A <c>where</c> condition through a to-many relation is a subquery over the related rows of every row filtered, and
/// nested ones multiply: the cost estimate counts them, so a document that would keep the database busy for minutes is
/// refused before any SQL runs, while ordinary filters with one <c>some</c> still pass under the default limits.
/// </summary>
[Collection(QueryCostCollection.Name)]
public sealed class FilterCostTests(GatewayApiFactory factory)
{
    /// <summary>
    /// Ran 41–196 s against a 15 s budget before conditions through to-many relations were counted.
    /// </summary>
    public const string NestedToManyFilter = """
        { fieldWork(first:1, where:{ person:{ fieldWork:{ some:{
            grid:{ fieldWork:{ some:{ note:{ contains:"zzqq" } } } } } } } }){ totalCount } }
        """;

    [Fact]
    public async Task Conditions_through_nested_to_many_relations_are_refused_before_any_sql_runs()
    {
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");

        factory.SqlCommands.Reset();
        var response = await nanjing.PostAsync(NestedToManyFilter);

        AssertRefused(response);
        Assert.True(factory.SqlCommands.Count == 0, string.Join("\n", factory.SqlCommands.Commands));
    }

    [Fact]
    public async Task The_same_conditions_given_as_variables_are_refused_too()
    {
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");
        var where = new Dictionary<string, object>
        {
            ["none"] = new Dictionary<string, object>
            {
                ["grid"] = new Dictionary<string, object>
                {
                    ["fieldWork"] = new Dictionary<string, object>
                    {
                        ["all"] = new Dictionary<string, object> { ["count"] = new { gte = 1 } },
                    },
                },
            },
        };

        var response = await nanjing.PostAsync(
            "query($where: FieldWorkEventListWhere) { " +
            "personnel(first: 1, where: { or: [{ fieldWork: $where }] }) { totalCount } }",
            new { where });

        AssertRefused(response);
    }

    [Fact]
    public async Task Filters_with_one_some_stay_under_the_default_limit()
    {
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");
        // The README's example and the benchmark's personnel scenario.
        (await nanjing.PostAsync("""
            {
              units(where: { category: { eq: HOTEL } }) { totalCount }
              grids(where: { households: { gte: 450 }, office: { code: { eq: "nanjing" } } }) {
                nodes { code households }
              }
              informants(where: { tips: { some: { useful: { eq: true } } } }) { totalCount }
            }
            """)).AssertSuccess();
        (await nanjing.PostAsync("""
            { personnel(first: 50, where: { fieldWork: { some: {
                    kind: { eq: HOME_VISIT }, occurredAt: { gte: "2026-10-01T00:00:00Z" }, count: { gte: 15 } } } },
                order: [{ name: ASC }]) {
                nodes { id name kind unit { id name } } pageInfo { endCursor hasNextPage } } }
            """)).AssertSuccess();
        // Two side by side, through a to-one relation, are two subqueries, not one inside the other.
        (await nanjing.PostAsync("""
            { grids(where: { residents: { none: { registration: { eq: FLOATING } } },
                office: { grids: { some: { households: { gte: 450 } } } } }) { totalCount } }
            """)).AssertSuccess();
    }

    private static void AssertRefused(GraphQLResponse response)
    {
        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        Assert.Null(response.Data);
        Assert.Equal([LimitExceededError.ErrorCode], response.ErrorCodes);
    }
}
