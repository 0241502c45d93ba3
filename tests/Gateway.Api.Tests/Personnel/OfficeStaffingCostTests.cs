using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Isolation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Personnel;

/// <summary>
/// The staffing of any number of offices costs the calculator's two queries (postings with their people, the
/// offices' grids), through GraphQL or called directly, and answers only what the caller's row filters let through.
/// </summary>
[Collection(QueryCostCollection.Name)]
public sealed class OfficeStaffingCostTests(GatewayApiFactory factory)
{
    private const string Staffing =
        "staffing(on: \"2022-08-31\") { police { name } auxiliaries { name } gridWorkers { name } " +
        "grids { grid { code } gridWorkers { name } } gaps { code grid { code } } }";

    [Fact]
    public async Task Four_offices_cost_what_one_costs_the_page_and_two_queries()
    {
        var client = factory.CreateGraphQLClient();
        var all = $"{{ offices {{ nodes {{ {Staffing} }} }} }}";
        var one = $"{{ offices(where: {{ code: {{ eq: \"nanjing\" }} }}) {{ nodes {{ {Staffing} }} }} }}";
        await client.QueryAsync(all); // the first request pays for token and model warm-up

        var (offices, costOfFour) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(all));
        var (_, costOfOne) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(one));
        var four = offices["offices"]!.Items("nodes");

        Assert.Equal(4, four.Count);
        Assert.All(four, o => Assert.Equal(5, o["staffing"]!.Items("grids").Count));
        Assert.True(costOfFour == 3,
            $"{costOfFour} commands:\n" + string.Join("\n---\n", factory.SqlCommands.Commands));
        Assert.Equal(costOfFour, costOfOne);
    }

    [Fact]
    public async Task Called_directly_it_reads_under_the_callers_scope_in_two_queries()
    {
        var offices = await factory.WithDbAsync(db =>
            db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice)
                .ToDictionaryAsync(u => u.Code, u => u.Id));
        var on = new DateOnly(2022, 8, 31);

        var (station, cost) = await factory.InUnitScopeAsync("xunchang", services =>
            factory.SqlCommands.CountAsync(() => services.GetRequiredService<OfficeStaffingCalculator>()
                .ForAsync(offices.Values, on, CancellationToken.None)));
        var (own, foreign) = await factory.InUnitScopeAsync("nanjing", async services =>
        {
            var calculator = services.GetRequiredService<OfficeStaffingCalculator>();
            return (await calculator.ForAsync(offices["nanjing"], on, CancellationToken.None),
                await calculator.ForAsync(offices["longxiang"], on, CancellationToken.None));
        });

        Assert.Equal(2, cost);
        Assert.All(station.Values, s => Assert.True(s.MeetsModel, s.Formula));
        Assert.Equal(station[offices["nanjing"]].Auxiliaries.Select(p => p.Name), own.Auxiliaries.Select(p => p.Name));
        Assert.Equal("1+2+5", own.Formula);
        // Another office's postings and grids are not the caller's to read: nothing comes back.
        Assert.Equal("0+0+0", foreign.Formula);
        Assert.Empty(foreign.Grids);
    }
}
