using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Assessment;

/// <summary><c>assessGridWorker</c> over HTTP: an officer assesses the grid workers they manage, and the
/// political-legal committee reads who supplied and who assessed its grid workers, personal data masked.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class GridWorkerAssessmentTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Person> HolderAsync(string office, AssignmentRole role) =>
        (await factory.RunningPostingAsync(office, role)).Person!;

    private static Task<JsonNode> AssessAsync(GraphQLClient client, Person gridWorker, Person officer,
        decimal score = 92.5m, string from = "2026-11-01", string to = "2026-11-30", string? key = null) =>
        client.AssessAsync("assessGridWorker", new
        {
            gridWorkerId = IdOf(gridWorker), officerId = IdOf(officer), from, to, score, comment = " 入户走访扎实 ",
            idempotencyKey = key,
        });

    [Fact]
    public async Task The_officer_of_the_grid_workers_office_assesses_them_once_per_period()
    {
        var (worker, officer) = (await HolderAsync("nanjing", AssignmentRole.GridWorker),
            await HolderAsync("nanjing", AssignmentRole.OfficePolice));
        var client = factory.CreateGraphQLClient("demo-nanjing");
        var lastAudit = await factory.LastAuditIdAsync();

        var made = (await AssessAsync(client, worker, officer, key: "gw-1")).Made("gridWorkerAssessment");
        await factory.AuditedAsync(lastAudit, "assessGridWorker", AuditOutcome.Succeeded);
        var retry = (await AssessAsync(client, worker, officer, key: "gw-1")).Made("gridWorkerAssessment");
        var duplicate = await AssessAsync(client, worker, officer, 80m);

        Assert.Equal((IdOf(worker), IdOf(officer), "nanjing", "入户走访扎实", 92.5m), (made.RefId("gridWorker"),
            made.RefId("assessedBy"), made["office"]!.Str("code"), made.Str("comment"),
            made["score"]!.GetValue<decimal>()));
        Assert.Equal(made.Str("id"), retry.Str("id"));
        Assert.Equal(("DuplicatePeriodError", "DUPLICATE_PERIOD", "input.from"),
            duplicate.Refusal("gridWorkerAssessment"));
    }

    [Fact]
    public async Task An_officer_who_does_not_manage_the_grid_worker_is_refused()
    {
        var worker = await HolderAsync("nanjing", AssignmentRole.GridWorker);
        var client = factory.CreateGraphQLClient("demo-station");
        var before = await factory.AssessmentStateAsync();

        var otherOffice = await AssessAsync(client, worker,
            await HolderAsync("longxiang", AssignmentRole.OfficePolice));
        var beforeTheOfficeOpened = await AssessAsync(client, worker,
            await HolderAsync("nanjing", AssignmentRole.OfficePolice), from: "2016-01-01", to: "2016-12-31");
        var auxiliary = await AssessAsync(client, worker,
            await HolderAsync("nanjing", AssignmentRole.OfficeAuxiliary));

        Assert.All(new[] { otherOffice, beforeTheOfficeOpened, auxiliary }, payload =>
            Assert.Equal(("AssessorDoesNotManageError", "ASSESSOR_DOES_NOT_MANAGE", "input.officerId"),
                payload.Refusal("gridWorkerAssessment")));
        Assert.Equal(before, await factory.AssessmentStateAsync());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(-1, false)]
    [InlineData(101, false)]
    public async Task A_grid_workers_score_lies_between_0_and_100(int score, bool taken)
    {
        var (worker, officer) = (await HolderAsync("anmin", AssignmentRole.GridWorker),
            await HolderAsync("anmin", AssignmentRole.OfficePolice));

        var payload = await AssessAsync(factory.CreateGraphQLClient("demo-anmin"), worker, officer, score);

        if (taken) payload.Made("gridWorkerAssessment");
        else Assert.Equal(("ValidationError", "VALIDATION", "input.score"), payload.Refusal("gridWorkerAssessment"));
    }

    [Fact]
    public async Task The_committee_reads_who_supplied_and_who_assessed_its_grid_workers_with_personal_data_masked()
    {
        var worker = await HolderAsync("xinqiao", AssignmentRole.GridWorker);
        var officer = await HolderAsync("xinqiao", AssignmentRole.OfficePolice);
        var committee = factory.CreateGraphQLClient("demo-committee");

        var data = await committee.QueryAsync("""
            query($id: ID!) { node(id: $id) { ... on Person { name phone idNumber suppliedBy { kind nameZh }
              gridWorkerAssessments(order: [{ from: ASC }]) { nodes { from to score
                assessedBy { id name phone } office { code } } } } } }
            """, new { id = IdOf(worker) });
        var officers = await committee.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Person { officerAssessments { nodes { total } } } } }",
            new { id = IdOf(officer) });
        var denied = await committee.PostAsync(
            "mutation($input: AssessGridWorkerInput!) { assessGridWorker(input: $input) { errors { __typename } } }",
            new { input = new { gridWorkerId = IdOf(worker), officerId = IdOf(officer), from = "2026-11-01",
                to = "2026-11-30", score = 90 } });

        var person = data["node"]!;
        Assert.Equal(("POLITICAL_LEGAL_COMMITTEE", worker.Name),
            (person["suppliedBy"]!.Str("kind"), person.Str("name")));
        Assert.NotEqual(worker.Phone, person.Str("phone"));
        Assert.Contains('*', person.Str("phone"));
        Assert.Contains('*', person.Str("idNumber"));
        var assessments = person.Nodes("gridWorkerAssessments");
        Assert.Equal(["2026-09-01", "2026-10-01"], assessments.Select(a => a.Str("from")));
        Assert.All(assessments, a =>
        {
            Assert.Equal((IdOf(officer), officer.Name, "xinqiao"),
                (a.RefId("assessedBy"), a["assessedBy"]!.Str("name"), a["office"]!.Str("code")));
            Assert.Contains('*', a["assessedBy"]!.Str("phone"));
        });
        Assert.Null(denied.Data);
        Assert.Contains("ACCESS_DENIED", denied.ErrorCodes);
        // The police officers' own assessments are the police's business.
        Assert.Null(officers.Data);
        Assert.Contains("ACCESS_DENIED", officers.ErrorCodes);
    }
}
