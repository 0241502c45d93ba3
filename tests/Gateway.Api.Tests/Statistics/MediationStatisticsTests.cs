using Gateway.Api.Data;
using Gateway.Api.Mediation;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Statistics.StatisticsAnswers;

namespace Gateway.Api.Tests.Statistics;

/// <summary>The <c>mediation</c> statistic against a recount of the demo county's case step log.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class MediationStatisticsTests(GatewayApiFactory factory)
{
    private const string Columns =
        "registered accepted settled failed settlementRate medianDaysToSettle agreementsOverdueNow";

    private sealed record Step(long Unit, long? Grid, MediationStage To, DateTime At, DateTime RegisteredAt);

    private Task<List<Step>> StepsAsync() => factory.WithDbAsync(db => db.MediationCaseSteps
        .Select(s => new Step(s.Case!.OwnerUnitId, s.Case.GridId, s.To, s.At, s.Case.RegisteredAt)).ToListAsync());

    /// <summary>Agreements overdue today by the service's clock, per owning unit and grid.</summary>
    private Task<List<(long Unit, long? Grid)>> OverdueAsync()
    {
        var today = CountyCalendar.Today(factory.Services.GetRequiredService<TimeProvider>());
        return factory.WithDbAsync(async db => (await db.MediationAgreements
                .Where(a => a.PerformanceDeadline < today && a.Performance != AgreementPerformance.Fully)
                .Select(a => new { a.Case!.OwnerUnitId, a.Case.GridId }).ToListAsync())
            .Select(a => (a.OwnerUnitId, a.GridId)).ToList());
    }

    [Fact]
    public async Task The_county_registered_44_cases_in_2026_and_settled_26()
    {
        var steps = await StepsAsync();
        var settledDays = steps.Where(s => s.To == MediationStage.AgreementReached)
            .Select(s => CountyCalendar.DayOf(s.At).DayNumber - CountyCalendar.DayOf(s.RegisteredAt).DayNumber)
            .Order().ToList();
        var row = Assert.Single(await factory.CreateGraphQLClient("demo-dashboard")
            .RowsAsync("mediation", Columns, Variables("YEAR", "SCOPE")));

        Assert.Equal((44, 26), (row.Int("registered"), row.Int("settled")));
        Assert.Equal(steps.Count(s => s.To == MediationStage.Accepted), row.Int("accepted"));
        Assert.Equal(3, row.Int("failed"));
        Assert.Equal(Math.Round(26 / 29.0, 4), row.Double("settlementRate"));
        // 26 durations: the median is the mean of the 13th and 14th.
        Assert.Equal((settledDays[12] + settledDays[13]) / 2.0, row.Double("medianDaysToSettle"));
        Assert.Equal((await OverdueAsync()).Count, row.Int("agreementsOverdueNow"));
    }

    [Fact]
    public async Task Every_unit_and_month_matches_a_recount_of_the_step_log()
    {
        var steps = await StepsAsync();
        var overdue = await OverdueAsync();
        var rows = await factory.CreateGraphQLClient("demo-dashboard")
            .RowsAsync("mediation", Columns, Variables("MONTH", "UNIT"));

        Assert.Equal(steps.Count(s => s.To == MediationStage.Registered), rows.Sum(r => r.Int("registered")));
        foreach (var row in rows)
        {
            var mine = steps.Where(s => s.Unit == row.Unit() && MonthOf(s.At) == row.Bucket()).ToList();
            int Count(MediationStage to) => mine.Count(s => s.To == to);
            var (settled, failed) = (Count(MediationStage.AgreementReached), Count(MediationStage.Failed));
            Assert.Equal((Count(MediationStage.Registered), Count(MediationStage.Accepted), settled, failed),
                (row.Int("registered"), row.Int("accepted"), row.Int("settled"), row.Int("failed")));
            Assert.Equal(Rate(settled, settled + failed), row.Double("settlementRate"));
            Assert.Equal(settled == 0, row.Double("medianDaysToSettle") is null);
            Assert.Equal(row.Bucket().Month == 12 ? overdue.Count(o => o.Unit == row.Unit()) : null,
                row.IntOrNull("agreementsOverdueNow"));
        }
    }

    [Fact]
    public async Task Grid_rows_and_a_grid_narrowing_count_the_cases_of_their_grid()
    {
        var steps = await StepsAsync();
        var client = factory.CreateGraphQLClient("demo-dashboard");
        var rows = await client.RowsAsync("mediation", Columns, Variables("YEAR", "GRID"));
        Assert.Equal(26, rows.Sum(r => r.Int("settled")));
        Assert.Equal(steps.Count(s => s.To == MediationStage.Registered && s.Grid is null),
            rows.Single(r => r.Grid() is null).Int("registered"));

        var busiest = steps.Where(s => s.Grid is not null && s.To == MediationStage.Registered)
            .GroupBy(s => s.Grid!.Value).MaxBy(g => g.Count())!;
        var narrowed = Assert.Single(await client.RowsAsync("mediation", Columns, Variables("YEAR", "SCOPE",
            gridId: Api.GraphQL.Mapping.GlobalId.Encode("Grid", busiest.Key))));
        Assert.Equal(busiest.Count(), narrowed.Int("registered"));
        Assert.Equal(rows.Single(r => r.Grid() == busiest.Key).Int("settled"), narrowed.Int("settled"));
    }

    [Fact]
    public async Task Person_groupings_are_refused_and_the_cost_does_not_grow_with_rows()
    {
        var client = factory.CreateGraphQLClient("demo-bureau");
        var refused = await client.PostAsync(Query("mediation", Columns), Variables("MONTH", "PERSON"));
        Assert.Contains("UNSUPPORTED_GROUPING", refused.ErrorCodes);

        var (_, year) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("mediation", Columns, Variables("YEAR", "GRID")));
        var (_, days) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("mediation", Columns, Variables("DAY", "GRID", from: "2026-06-01")));
        Assert.Equal(year, days);
        Assert.True(year <= 8, $"{year} commands");
    }
}
