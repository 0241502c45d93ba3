using System.Security.Cryptography;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Statistics;

/// <summary>The three published dashboard documents, run by id over GET as their tools run them, by the clients they
/// are written for, on the demo county.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class DashboardDocumentTests(GatewayApiFactory factory)
{
    [Fact]
    public async Task The_county_overview_gives_the_year_month_by_month()
    {
        var data = await RunAsync("CountyOverview", "demo-dashboard",
            """{"from": "2026-01-01", "to": "2027-01-01", "bucket": "MONTH"}""");
        var statistics = data["statistics"]!;
        Assert.Equal(12, statistics["fieldWork"]!.AsArray().Count);
        Assert.Equal(214, statistics["requests"]!.AsArray().Sum(r => r!["diverted"]!.GetValue<int>()));
        Assert.Equal(26, statistics["mediation"]!.AsArray().Sum(r => r!["settled"]!.GetValue<int>()));
        Assert.Equal("4+8+20", statistics["staffing"]!.AsArray()[9]!.Str("formula"));
        // Informant figures are published once a month is over: October's stand, December's wait.
        Assert.Equal(112, statistics["informants"]!.AsArray()[9]!["onFile"]!.GetValue<int>());
        Assert.Null(statistics["informants"]!.AsArray()[11]!["onFile"]);
    }

    [Fact]
    public async Task An_office_daily_board_lists_its_people_and_its_quotas()
    {
        var data = await RunAsync("OfficeDailyBoard", "demo-nanjing", """{"from": "2026-10-30", "to": "2026-10-31"}""");
        Assert.NotEmpty(data["people"]!["fieldWork"]!.AsArray());
        Assert.All(data["people"]!["fieldWork"]!.AsArray(), r => Assert.NotNull(r!["personName"]));
        Assert.Equal("南井社区警务室", data["office"]!["period"]!.Str("unitName"));
        Assert.Single(data["office"]!["dailyQuotas"]!.AsArray(), r => r!["populationRecords"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_committee_monthly_report_has_a_row_per_unit()
    {
        var data = await RunAsync("CommitteeMonthlyReport", "demo-committee",
            """{"from": "2026-10-01", "to": "2026-11-01"}""");
        var units = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .CountAsync(db.OrgUnits, u => (u.OpenedOn == null || u.OpenedOn <= new DateOnly(2026, 10, 31))
                && (u.ClosedOn == null || u.ClosedOn >= new DateOnly(2026, 10, 1))));
        Assert.Equal(units, data["statistics"]!["fieldWork"]!.AsArray().Count);
        Assert.Equal(4, data["statistics"]!["staffing"]!.AsArray().Count(r => r!["formula"] is not null));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> RunAsync(string document, string clientId, string variables)
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.PathOf("schema", "operations", document + ".graphql"));
        var id = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        var response = await factory.CreateGraphQLClient(clientId)
            .GetRawAsync($"?documentId={id}&variables={Uri.EscapeDataString(variables)}");
        response.AssertSuccess();
        return response.Data!;
    }
}
