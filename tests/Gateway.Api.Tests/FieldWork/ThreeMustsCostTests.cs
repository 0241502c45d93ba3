using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>The "three musts", daily quotas and targets of any number of offices and people cost the same few SQL
/// commands: the sums are grouped in the database and every level of the query is computed in one round.</summary>
[Collection(QueryCostCollection.Name)]
public sealed class ThreeMustsCostTests(GatewayApiFactory factory)
{
    private const string Reports = "workTargets { residentsVisitedPerDay setAt { code } } "
        + "threeMusts(from: \"2026-10-01\", to: \"2026-10-31\") { person { name } unit { code } daysMissed "
        + "weeks { met } } dailyQuotas(from: \"2026-10-01\", to: \"2026-10-31\") { daysMissed unit { code } }";

    [Fact]
    public async Task Four_offices_cost_what_one_costs()
    {
        var client = factory.CreateGraphQLClient();
        var all = $"{{ offices(first: 4) {{ nodes {{ {Reports} }} }} }}";
        var one = $"{{ offices(first: 1) {{ nodes {{ {Reports} }} }} }}";
        await client.QueryAsync(all); // the first request pays for token and model warm-up

        var (offices, costOfFour) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(all));
        var (_, costOfOne) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(one));
        var four = offices["offices"]!.Items("nodes");

        Assert.Equal(4, four.Count);
        Assert.All(four, o => Assert.Equal(8, o.Items("threeMusts").Count));
        Assert.Equal(costOfFour, costOfOne);
        // The offices; targets (units, rows); three musts (postings, leave, sums, units, targets); the people and
        // units they name; daily quotas (units, the sums of each of their two kinds, targets).
        Assert.True(costOfFour <= 14,
            $"{costOfFour} commands:\n" + string.Join("\n---\n", factory.SqlCommands.Commands));
    }

    [Fact]
    public async Task Any_number_of_office_staff_cost_what_one_costs()
    {
        var client = factory.CreateGraphQLClient();
        // People on an office's file are posted there.
        string People(int first) => $"{{ personnel(first: {first}, where: {{ unit: {{ kind: "
            + "{ eq: COMMUNITY_OFFICE } } }) { nodes { threeMusts(from: \"2026-10-01\", to: \"2026-10-31\") "
            + "{ unit { code } daysMissed } } } }";
        await client.QueryAsync(People(12));

        var (_, costOfMany) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(People(12)));
        var (_, costOfOne) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(People(1)));

        Assert.Equal(costOfMany, costOfOne);
    }
}
