using Gateway.Api.Audit;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Personnel;

/// <summary><c>recordLeave</c> and <c>cancelLeave</c> over HTTP, and a person's leave read back. Runs on its own copy
/// of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class LeaveMutationTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Longxiang => factory.CreateGraphQLClient("demo-longxiang");

    private async Task<Person> AuxiliaryAsync() =>
        (await factory.RunningPostingAsync("longxiang", AssignmentRole.OfficeAuxiliary, 1)).Person!;

    private Task<System.Text.Json.Nodes.JsonNode> RecordAsync(Person person, string from, string to,
        string kind = "ANNUAL_LEAVE", string? key = null) =>
        Longxiang.MutateAsync("recordLeave", new
        {
            personId = IdOf(person), kind, from, to, note = " 探亲 ", idempotencyKey = key,
        });

    [Fact]
    public async Task Leave_is_recorded_on_the_persons_file_and_read_through_the_person()
    {
        var person = await AuxiliaryAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var leave = (await RecordAsync(person, "2026-12-01", "2026-12-05")).Made("leavePeriod");

        Assert.Equal(("ANNUAL_LEAVE", "2026-12-01", "2026-12-05", "探亲", IdOf(person)), (leave.Str("kind"),
            leave.Str("from"), leave.Str("to"), leave.Str("note"), leave.RefId("person")));
        Assert.Null(leave["cancelledOn"]);
        var record = await factory.AuditedAsync(lastAudit, "recordLeave", AuditOutcome.Succeeded);
        Assert.Equal(leave.Str("id"), record.ObjectIds);
        var read = await Longxiang.QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Person { leave(first: 100) { nodes { id } } } } }",
            new { id = IdOf(person) });
        Assert.Contains(leave.Str("id"), read["node"]!.Nodes("leave").Select(l => l.Str("id")));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_records_once()
    {
        var person = await AuxiliaryAsync();

        var first = (await RecordAsync(person, "2026-12-01", "2026-12-01", "REST_DAY", "rest-1")).Made("leavePeriod");
        var retry = (await RecordAsync(person, "2026-12-01", "2026-12-01", "REST_DAY", "rest-1")).Made("leavePeriod");
        var reused = await RecordAsync(person, "2026-12-02", "2026-12-02", "REST_DAY", "rest-1");

        Assert.Equal(first.Str("id"), retry.Str("id"));
        Assert.Equal(("IdempotencyKeyReusedError", "IDEMPOTENCY_KEY_REUSED", "input.idempotencyKey"),
            reused.Refusal("leavePeriod"));
    }

    [Theory]
    [InlineData("2026-11-25", "2026-12-01", true)] // ends on the first day of the standing period
    [InlineData("2026-12-05", "2026-12-06", true)] // starts on its last day
    [InlineData("2026-12-02", "2026-12-03", true)] // inside it
    [InlineData("2026-11-25", "2026-11-30", false)] // ends the day before
    [InlineData("2026-12-06", "2026-12-06", false)] // starts the day after
    public async Task Periods_that_stand_never_overlap(string from, string to, bool overlaps)
    {
        var person = await AuxiliaryAsync();
        (await RecordAsync(person, "2026-12-01", "2026-12-05")).Made("leavePeriod");
        var before = await factory.StaffingStateAsync();

        var payload = await RecordAsync(person, from, to, "SICK_LEAVE");

        if (!overlaps)
        {
            payload.Made("leavePeriod");
            return;
        }
        Assert.Equal(("LeaveOverlapError", "LEAVE_OVERLAP", "input.from"), payload.Refusal("leavePeriod"));
        Assert.Equal(before, await factory.StaffingStateAsync());
    }

    [Fact]
    public async Task A_period_ends_on_its_first_day_at_the_earliest()
    {
        var person = await AuxiliaryAsync();

        var backwards = await RecordAsync(person, "2026-12-02", "2026-12-01");
        var oneDay = await RecordAsync(person, "2026-12-02", "2026-12-02");

        Assert.Equal(("ValidationError", "VALIDATION", "input.to"), backwards.Refusal("leavePeriod"));
        oneDay.Made("leavePeriod");
    }

    [Fact]
    public async Task A_cancelled_period_stays_readable_frees_its_days_and_is_cancelled_once()
    {
        var person = await AuxiliaryAsync();
        var leave = (await RecordAsync(person, "2026-12-01", "2026-12-05")).Made("leavePeriod");
        var lastAudit = await factory.LastAuditIdAsync();

        var cancelled = (await Longxiang.MutateAsync("cancelLeave", new { id = leave.Str("id"), version = 0 }))
            .Made("leavePeriod");
        await factory.AuditedAsync(lastAudit, "cancelLeave", AuditOutcome.Succeeded);
        var again = await Longxiang.MutateAsync("cancelLeave", new { id = leave.Str("id"), version = 1 });
        var stale = await Longxiang.MutateAsync("cancelLeave", new { id = leave.Str("id"), version = 0 });
        var rebooked = await RecordAsync(person, "2026-12-03", "2026-12-04");

        Assert.Equal(1, cancelled["version"]!.GetValue<int>());
        Assert.NotNull(cancelled["cancelledOn"]?.GetValue<string>());
        Assert.Equal(("LeaveCancelledError", "LEAVE_CANCELLED", "input.id"), again.Refusal("leavePeriod"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("leavePeriod"));
        rebooked.Made("leavePeriod");
    }

    [Fact]
    public async Task Another_offices_person_and_leave_read_not_found()
    {
        var nanjingPolice = (await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficePolice)).Person!;
        var nanjingLeave = await factory.WithDbAsync(db => Task.FromResult(
            db.LeavePeriods.Where(l => l.PersonId == nanjingPolice.Id).Select(l => l.Id).First()));
        var before = await factory.StaffingStateAsync();

        var record = await RecordAsync(nanjingPolice, "2026-12-01", "2026-12-01");
        var cancel = await Longxiang.MutateAsync("cancelLeave",
            new { id = Id("LeavePeriod", nanjingLeave), version = 0 });

        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.personId"), record.Refusal("leavePeriod"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), cancel.Refusal("leavePeriod"));
        Assert.Equal(before, await factory.StaffingStateAsync());
    }
}
