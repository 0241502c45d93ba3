using Gateway.Api.Registry;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.GraphQL.Filtering;

/// <summary>
/// <c>eq: null</c> asks for rows without a value and <c>neq: null</c> for rows with one, on every kind of column,
/// against the same rows counted in the database; <c>neq</c> and <c>nin</c> with values keep matching rows without a
/// value, as their descriptions say.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class NullConditionTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient bureau = factory.CreateGraphQLClient();

    [Fact]
    public async Task On_an_enum()
    {
        var (all, none, elderly, neither) = await factory.WithDbAsync(async db => (
            await db.Residents.CountAsync(),
            await db.Residents.CountAsync(r => r.SpecialGroup == null),
            await db.Residents.CountAsync(r => r.SpecialGroup == SpecialGroup.ElderlyLivingAlone),
            await db.Residents.CountAsync(r => r.SpecialGroup == null || (r.SpecialGroup != SpecialGroup.Veteran
                && r.SpecialGroup != SpecialGroup.Disabled))));
        Assert.True(none > 0 && none < all && elderly > 0, "The seed should have residents with and without a group.");

        Assert.Equal(none, await CountAsync("residents", "{ specialGroup: { eq: null } }"));
        Assert.Equal(all - none, await CountAsync("residents", "{ specialGroup: { neq: null } }"));
        Assert.Equal(all - elderly, await CountAsync("residents", "{ specialGroup: { neq: ELDERLY_LIVING_ALONE } }"));
        Assert.Equal(neither, await CountAsync("residents", "{ specialGroup: { nin: [VETERAN, DISABLED] } }"));
        Assert.Equal(none, await CountAsync("residents",
            "query($group: SpecialGroup) { residents(where: { specialGroup: { eq: $group } }) { totalCount } }",
            new { group = (string?)null }));
    }

    [Fact]
    public async Task On_text()
    {
        var (all, none, badge) = await factory.WithDbAsync(async db => (await db.People.CountAsync(),
            await db.People.CountAsync(p => p.BadgeNumber == null),
            await db.People.Where(p => p.BadgeNumber != null).Select(p => p.BadgeNumber!).FirstAsync()));
        var (others, othersWithBadge) = await factory.WithDbAsync(async db => (
            await db.People.CountAsync(p => p.BadgeNumber == null || p.BadgeNumber != badge),
            await db.People.CountAsync(p => p.BadgeNumber != null && p.BadgeNumber != badge)));
        Assert.True(none > 0 && none < all, "The seed should have people with and without a badge.");

        Assert.Equal(none, await CountAsync("personnel", "{ badgeNumber: { eq: null } }"));
        Assert.Equal(all - none, await CountAsync("personnel", "{ badgeNumber: { neq: null } }"));
        Assert.Equal(others, await CountAsync("personnel", $$"""{ badgeNumber: { neq: "{{badge}}" } }"""));
        Assert.Equal(othersWithBadge, await CountAsync("personnel",
            $$"""{ badgeNumber: { neq: "{{badge}}", isNull: false } }"""));
    }

    [Fact]
    public async Task On_dates_instants_integers_and_money()
    {
        var (assignments, current, requests, open, undiverted, addresses, noFloor) = await factory.WithDbAsync(
            async db => (
                await db.Assignments.CountAsync(), await db.Assignments.CountAsync(a => a.To == null),
                await db.ServiceRequests.CountAsync(), await db.ServiceRequests.CountAsync(r => r.ClosedAt == null),
                await db.ServiceRequests.CountAsync(r => r.Deadline == null),
                await db.StandardAddresses.CountAsync(), await db.StandardAddresses.CountAsync(a => a.Floor == null)));
        Assert.True(current > 0 && current < assignments && open > 0 && open < requests && undiverted > 0
            && undiverted < requests && noFloor > 0 && noFloor < addresses, "The seed should have both kinds of each.");

        Assert.Equal(current, await CountAsync("assignments", "{ to: { eq: null } }"));
        Assert.Equal(assignments - current, await CountAsync("assignments", "{ to: { neq: null } }"));
        Assert.Equal(open, await CountAsync("serviceRequests", "{ closedAt: { eq: null } }"));
        Assert.Equal(requests - open, await CountAsync("serviceRequests", "{ closedAt: { neq: null } }"));
        Assert.Equal(undiverted, await CountAsync("serviceRequests", "{ deadline: { eq: null } }"));
        Assert.Equal(requests - undiverted, await CountAsync("serviceRequests", "{ deadline: { neq: null } }"));
        Assert.Equal(noFloor, await CountAsync("addresses", "{ floor: { eq: null } }"));
        Assert.Equal(addresses - noFloor, await CountAsync("addresses", "{ floor: { neq: null } }"));
    }

    [Fact]
    public async Task On_columns_that_always_have_a_value()
    {
        var (grids, tips) = await factory.WithDbAsync(async db =>
            (await db.Grids.CountAsync(), await db.Tips.CountAsync()));
        Assert.True(grids > 0 && tips > 0);

        Assert.Equal(0, await CountAsync("grids", "{ households: { eq: null } }"));
        Assert.Equal(grids, await CountAsync("grids", "{ households: { neq: null } }"));
        Assert.Equal(0, await CountAsync("grids", "{ id: { eq: null } }"));
        Assert.Equal(grids, await CountAsync("grids", "{ id: { neq: null } }"));
        Assert.Equal(0, await CountAsync("tips", "{ useful: { eq: null } }"));
        Assert.Equal(tips, await CountAsync("tips", "{ useful: { neq: null } }"));
    }

    [Fact]
    public async Task Null_on_any_other_condition_sets_none()
    {
        var grids = await factory.WithDbAsync(db => db.Grids.CountAsync());

        Assert.Equal(grids, await CountAsync("grids", "{ households: { gt: null, in: null, isNull: null } }"));
        Assert.Equal(grids, await CountAsync("grids", "{ code: { contains: null } }"));
    }

    private Task<int> CountAsync(string connection, string where) =>
        CountAsync(connection, $"{{ {connection}(where: {where}) {{ totalCount }} }}", null);

    private async Task<int> CountAsync(string connection, string query, object? variables)
    {
        var data = await bureau.QueryAsync(query, variables);
        return data[connection]!["totalCount"]!.GetValue<int>();
    }
}
