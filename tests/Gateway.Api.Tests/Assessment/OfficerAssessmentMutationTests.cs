using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Assessment;

/// <summary><c>openOfficerAssessment</c> and <c>recordAssessmentScore</c> over HTTP: the three parties' scores, the
/// weighted total, the bureau's score from above the office, and a score's history.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class OfficerAssessmentMutationTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");
    private GraphQLClient Station => factory.CreateGraphQLClient("demo-station");

    private async Task<Person> OfficerAsync(string office = "nanjing") =>
        (await factory.RunningPostingAsync(office, AssignmentRole.OfficePolice)).Person!;

    private async Task<JsonNode> OpenAsync(GraphQLClient client, Person officer, string from = "2026-11-01",
        string to = "2026-11-30", string office = "nanjing", string? key = null) =>
        await client.AssessAsync("openOfficerAssessment", new
        {
            officerId = IdOf(officer), officeId = IdOf(await factory.UnitAsync(office)), from, to,
            idempotencyKey = key,
        });

    private static Task<JsonNode> ScoreAsync(GraphQLClient client, JsonNode assessment, string party, decimal score,
        int? version = null, string? comment = null) =>
        client.AssessAsync("recordAssessmentScore", new
        {
            id = assessment.Str("id"), version = version ?? assessment["version"]!.GetValue<int>(), party, score,
            comment,
        });

    [Fact]
    public async Task Three_parties_scores_give_a_total_weighted_by_the_weights_that_apply()
    {
        var officer = await OfficerAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var opened = (await OpenAsync(Nanjing, officer, key: "nov-1")).Made("officerAssessment");
        var record = await factory.AuditedAsync(lastAudit, "openOfficerAssessment", AuditOutcome.Succeeded);
        var retry = (await OpenAsync(Nanjing, officer, key: "nov-1")).Made("officerAssessment");
        var community = (await ScoreAsync(Nanjing, opened, "COMMUNITY", 90m, comment: " 社区评议良好 "))
            .Made("officerAssessment");
        var residents = (await ScoreAsync(Nanjing, community, "RESIDENTS", 80m)).Made("officerAssessment");
        var bureau = (await ScoreAsync(Station, residents, "BUREAU", 85.5m)).Made("officerAssessment");

        Assert.Equal(opened.Str("id"), record.ObjectIds);
        Assert.Equal(opened.Str("id"), retry.Str("id"));
        Assert.Equal((IdOf(officer), "nanjing", 0), (opened.RefId("officer"), opened["office"]!.Str("code"),
            opened["version"]!.GetValue<int>()));
        Assert.Equal(["BUREAU", "COMMUNITY", "RESIDENTS"], opened.Items("missingParties").Select(p => p.ToString()));
        Assert.Null(opened["total"]);
        Assert.Equal(["BUREAU"], residents.Items("missingParties").Select(p => p.ToString()));
        Assert.Null(residents["total"]);
        // The bureau's 40/30/30: 85.5 × 0.4 + 90 × 0.3 + 80 × 0.3.
        Assert.Equal(85.2m, bureau["total"]!.GetValue<decimal>());
        Assert.Empty(bureau.Items("missingParties"));
        Assert.Equal((3, "xunchang"),
            (bureau["version"]!.GetValue<int>(), bureau["bureau"]!["recordedIn"]!.Str("code")));
        Assert.Equal("社区评议良好", bureau["scores"]!.Items("nodes").Single(s => s.Str("party") == "COMMUNITY")
            .Str("comment"));
    }

    [Fact]
    public async Task The_bureaus_score_comes_from_above_the_office_never_from_the_office_itself()
    {
        var opened = (await OpenAsync(Nanjing, await OfficerAsync())).Made("officerAssessment");
        var before = await factory.AssessmentStateAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var fromOffice = await ScoreAsync(Nanjing, opened, "BUREAU", 90m);

        Assert.Equal(("AssessorNotIndependentError", "ASSESSOR_NOT_INDEPENDENT", "input.party"),
            fromOffice.Refusal("officerAssessment"));
        await factory.AuditedAsync(lastAudit, "recordAssessmentScore", AuditOutcome.Failed);
        Assert.Equal(before, await factory.AssessmentStateAsync());
        var fromStation = (await ScoreAsync(Station, opened, "BUREAU", 90m)).Made("officerAssessment");
        var fromBureau = (await ScoreAsync(factory.CreateGraphQLClient(), fromStation, "BUREAU", 91m))
            .Made("officerAssessment");
        Assert.Equal(91m, fromBureau["bureauScore"]!.GetValue<decimal>());
        Assert.Equal("bureau", fromBureau["bureau"]!["recordedIn"]!.Str("code"));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("99.9", true)]
    [InlineData("-1", false)]
    [InlineData("101", false)]
    [InlineData("100.1", false)]
    [InlineData("85.55", false)]
    public async Task A_score_lies_between_0_and_100_with_one_decimal_place_at_most(string score, bool taken)
    {
        var opened = (await OpenAsync(Nanjing, await OfficerAsync())).Made("officerAssessment");
        var before = await factory.AssessmentStateAsync();

        var payload = await ScoreAsync(Nanjing, opened, "RESIDENTS", decimal.Parse(score,
            System.Globalization.CultureInfo.InvariantCulture));

        if (taken)
        {
            Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture),
                payload.Made("officerAssessment")["residentsScore"]!.GetValue<decimal>());
            return;
        }
        Assert.Equal(("ValidationError", "VALIDATION", "input.score"), payload.Refusal("officerAssessment"));
        Assert.Equal(before, await factory.AssessmentStateAsync());
    }

    [Fact]
    public async Task A_score_recorded_again_replaces_the_current_one_and_keeps_the_earlier()
    {
        var opened = (await OpenAsync(Nanjing, await OfficerAsync())).Made("officerAssessment");

        var first = (await ScoreAsync(Nanjing, opened, "COMMUNITY", 70m)).Made("officerAssessment");
        var second = (await ScoreAsync(Nanjing, first, "COMMUNITY", 88m)).Made("officerAssessment");
        var stale = await ScoreAsync(Nanjing, first, "COMMUNITY", 60m);

        Assert.Equal(88m, second["communityScore"]!.GetValue<decimal>());
        Assert.Equal(2, second["scores"]!["totalCount"]!.GetValue<int>());
        Assert.Equal([70m, 88m], second["scores"]!.Items("nodes").Select(s => s["score"]!.GetValue<decimal>()).Order());
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("officerAssessment"));
    }

    [Fact]
    public async Task One_assessment_per_officer_office_and_period_of_a_year_at_most()
    {
        var officer = await OfficerAsync();
        (await OpenAsync(Nanjing, officer)).Made("officerAssessment");
        var before = await factory.AssessmentStateAsync();

        var duplicate = await OpenAsync(Nanjing, officer);
        var backwards = await OpenAsync(Nanjing, officer, "2026-12-02", "2026-12-01");
        var overAYear = await OpenAsync(Nanjing, officer, "2026-01-01", "2027-01-01");
        var notPosted = await OpenAsync(Station, await OfficerAsync("longxiang"), office: "nanjing");
        var auxiliary = await OpenAsync(Nanjing,
            (await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary)).Person!);

        Assert.Equal(("DuplicatePeriodError", "DUPLICATE_PERIOD", "input.from"),
            duplicate.Refusal("officerAssessment"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.to"), backwards.Refusal("officerAssessment"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.to"), overAYear.Refusal("officerAssessment"));
        Assert.Equal(("OfficerNotPostedError", "OFFICER_NOT_POSTED", "input.officerId"),
            notPosted.Refusal("officerAssessment"));
        Assert.Equal(("OfficerNotPostedError", "OFFICER_NOT_POSTED", "input.officerId"),
            auxiliary.Refusal("officerAssessment"));
        Assert.Equal(before, await factory.AssessmentStateAsync());
        (await OpenAsync(Nanjing, officer, "2026-01-01", "2026-12-31")).Made("officerAssessment");
    }

    [Fact]
    public async Task The_seeded_quarter_has_a_total_and_october_waits_for_the_residents()
    {
        var data = await Nanjing.QueryAsync("""
            { officerAssessments(order: [{ from: ASC }]) { nodes { from to total missingParties officer { name } } } }
            """);

        var rows = data.Nodes("officerAssessments");
        Assert.Equal(["2026-07-01", "2026-10-01"], rows.Select(r => r.Str("from")));
        Assert.NotNull(rows[0]["total"]);
        Assert.Empty(rows[0].Items("missingParties"));
        Assert.Null(rows[1]["total"]);
        Assert.Equal(["RESIDENTS"], rows[1].Items("missingParties").Select(p => p.ToString()));
    }
}
