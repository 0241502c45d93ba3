using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Personnel;

/// <summary><c>postPerson</c>, <c>transferPerson</c> and <c>endPosting</c> over HTTP: each rule at its boundaries, the
/// history kept, the audit records. Runs on its own copy of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class PostingMutationTests(GatewayApiFactory factory)
    : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Client(string clientId) => factory.CreateGraphQLClient(clientId);

    private async Task<string> NewPersonAsync(string kind, string unit = "nanjing", string? badge = null) =>
        (await Client("demo-" + (unit == "xunchang" ? "station" : unit)).MutateAsync("createPerson", new
        {
            kind, name = "新人", badgeNumber = badge, unitId = IdOf(await factory.UnitAsync(unit)),
        })).Made("person").Str("id");

    private async Task<JsonNode> PostAsync(string clientId, string personId, string unit, string role, string from,
        string? gridId = null, string? squadId = null) =>
        await Client(clientId).MutateAsync("postPerson", new
        {
            personId, unitId = IdOf(await factory.UnitAsync(unit)), gridId, squadId, role, from,
        });

    [Fact]
    public async Task A_new_grid_worker_is_posted_to_a_grid_of_the_office_and_the_posting_is_audited()
    {
        var personId = await NewPersonAsync("GRID_WORKER");
        var gridId = await factory.GridIdAsync("nanjing", 1);
        var lastAudit = await factory.LastAuditIdAsync();

        var payload = await PostAsync("demo-nanjing", personId, "nanjing", "GRID_WORKER", "2026-11-01", gridId);

        var posting = payload.Made("assignment");
        Assert.Equal(("GRID_WORKER", "2026-11-01", null, 0), (posting.Str("role"), posting.Str("from"),
            posting["to"]?.GetValue<string>(), posting["version"]!.GetValue<int>()));
        Assert.Equal((personId, gridId, "nanjing"), (posting.RefId("person"), posting.RefId("grid"),
            posting["unit"]!.Str("code")));
        // A machine client is nobody: the audit record names it.
        Assert.Null(posting["assignedBy"]);
        Assert.NotNull(payload["warnings"]);
        var record = await factory.AuditedAsync(lastAudit, "postPerson", AuditOutcome.Succeeded);
        Assert.Equal((posting.Str("id"), "demo-nanjing"), (record.ObjectIds, record.ClientId));
    }

    private static string[] WarningCodes(JsonNode payload) =>
        [.. payload["warnings"]!.AsArray().Select(w => w!["code"]!.GetValue<string>())];

    [Fact]
    public async Task A_posting_that_keeps_the_office_at_1_2_N_warns_of_nothing_and_one_beyond_it_is_made_and_warned()
    {
        var gridWorker = await NewPersonAsync("GRID_WORKER");
        var auxiliary = await NewPersonAsync("AUXILIARY_POLICE");

        var fitting = await PostAsync("demo-nanjing", gridWorker, "nanjing", "GRID_WORKER", "2026-11-01",
            await factory.GridIdAsync("nanjing", 1));
        var third = await PostAsync("demo-nanjing", auxiliary, "nanjing", "OFFICE_AUXILIARY", "2026-11-01");

        Assert.Empty(WarningCodes(fitting));
        third.Made("assignment");
        Assert.Equal(["AUXILIARIES_SURPLUS"], WarningCodes(third));
    }

    [Fact]
    public async Task Ending_the_only_grid_worker_of_a_grid_is_made_and_warns_of_the_grid_from_the_next_day()
    {
        var running = await factory.RunningPostingAsync("anmin", AssignmentRole.GridWorker);

        var ended = await Client("demo-anmin").MutateAsync("endPosting",
            new { id = IdOf(running), version = running.Version, to = "2026-11-30" });

        Assert.Equal("2026-11-30", ended.Made("assignment").Str("to"));
        Assert.Equal(["GRID_WITHOUT_GRID_WORKER"], WarningCodes(ended));
    }

    [Fact]
    public async Task A_transfer_warns_of_the_seat_it_leaves_open_in_the_old_office()
    {
        var running = await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary);

        var moved = await Client("demo-station").MutateAsync("transferPerson", new
        {
            postingId = IdOf(running), version = running.Version, unitId = IdOf(await factory.UnitAsync("longxiang")),
            role = "OFFICE_AUXILIARY", on = "2026-12-01",
        });

        moved.Made("assignment");
        Assert.Equal(["AUXILIARIES_SHORT", "AUXILIARIES_SURPLUS"], WarningCodes(moved));
    }

    [Fact]
    public async Task A_posting_made_by_a_signed_in_officer_records_them_as_assigning_and_ending_it()
    {
        var officer = await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficePolice);
        var session = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        var personId = await NewPersonAsync("AUXILIARY_POLICE");

        var posting = (await session.Client.MutateAsync("postPerson", new
        {
            personId, unitId = IdOf(await factory.UnitAsync("nanjing")), role = "OFFICE_AUXILIARY",
            from = "2026-11-01",
        })).Made("assignment");
        var ended = (await session.Client.MutateAsync("endPosting", new
        {
            id = posting.Str("id"), version = 0, to = "2026-12-31",
        })).Made("assignment");

        Assert.Equal(IdOf(officer.Person!), posting.RefId("assignedBy"));
        Assert.Equal((IdOf(officer.Person!), "2026-12-31", 1),
            (ended.RefId("endedBy"), ended.Str("to"), ended["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_posting_may_start_the_day_after_another_ends_but_not_the_day_it_ends()
    {
        var running = await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary);
        var personId = IdOf(running.Person!);
        (await Client("demo-nanjing").MutateAsync("endPosting", new
        {
            id = IdOf(running), version = running.Version, to = "2026-11-30",
        })).Made("assignment");
        var before = await factory.StaffingStateAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var sameDay = await PostAsync("demo-nanjing", personId, "nanjing", "OFFICE_AUXILIARY", "2026-11-30");

        Assert.Equal(("PostingOverlapError", "POSTING_OVERLAP", "input.from"), sameDay.Refusal("assignment"));
        Assert.Equal(before, await factory.StaffingStateAsync());
        await factory.AuditedAsync(lastAudit, "postPerson", AuditOutcome.Failed);
        var dayAfter = await PostAsync("demo-nanjing", personId, "nanjing", "OFFICE_AUXILIARY", "2026-12-01");
        Assert.Equal("2026-12-01", dayAfter.Made("assignment").Str("from"));
    }

    [Fact]
    public async Task A_posting_back_in_time_overlapping_a_past_posting_is_refused()
    {
        var running = await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary);
        (await Client("demo-nanjing").MutateAsync("endPosting", new
        {
            id = IdOf(running), version = running.Version, to = "2026-11-30",
        })).Made("assignment");

        var payload = await PostAsync("demo-nanjing", IdOf(running.Person!), "nanjing", "OFFICE_AUXILIARY",
            running.From.AddDays(-1).ToString("yyyy-MM-dd"));

        Assert.Equal(("PostingOverlapError", "POSTING_OVERLAP", "input.from"), payload.Refusal("assignment"));
    }

    public static TheoryData<string, string, string, string> UnfitRoles => new()
    {
        { "POLICE", "OFFICE_AUXILIARY", "RoleDoesNotFitPersonError", "input.role" },
        { "POLICE", "GRID_WORKER", "RoleDoesNotFitPersonError", "input.role" },
        { "AUXILIARY_POLICE", "OFFICE_POLICE", "RoleDoesNotFitPersonError", "input.role" },
        { "GRID_WORKER", "OFFICE_AUXILIARY", "RoleDoesNotFitPersonError", "input.role" },
        { "MEDIATION_MEMBER", "OFFICE_AUXILIARY", "RoleDoesNotFitPersonError", "input.role" },
        { "POLICE", "STATION_OFFICER", "RoleDoesNotFitUnitError", "input.unitId" },
    };

    [Theory]
    [MemberData(nameof(UnfitRoles))]
    public async Task A_role_must_fit_the_persons_kind_and_the_units_kind(string kind, string role, string error,
        string path)
    {
        var personId = await NewPersonAsync(kind, badge: kind == "POLICE" ? "070001" : null);
        var before = await factory.StaffingStateAsync();

        var payload = await PostAsync("demo-nanjing", personId, "nanjing", role, "2026-11-01",
            role == "GRID_WORKER" ? await factory.GridIdAsync("nanjing") : null);

        var refusal = payload.Refusal("assignment");
        Assert.Equal((error, path), (refusal.Type, refusal.Path));
        Assert.Equal(before, await factory.StaffingStateAsync());
    }

    [Fact]
    public async Task Office_roles_are_not_held_at_a_station()
    {
        var personId = await NewPersonAsync("POLICE", "xunchang", "070002");

        var payload = await PostAsync("demo-station", personId, "xunchang", "OFFICE_POLICE", "2026-11-01");

        Assert.Equal(("RoleDoesNotFitUnitError", "ROLE_DOES_NOT_FIT_UNIT", "input.unitId"),
            payload.Refusal("assignment"));
    }

    [Fact]
    public async Task A_grid_worker_needs_a_grid_of_the_office_they_are_posted_to()
    {
        var personId = await NewPersonAsync("GRID_WORKER");

        var none = await PostAsync("demo-station", personId, "nanjing", "GRID_WORKER", "2026-11-01");
        var elsewhere = await PostAsync("demo-station", personId, "nanjing", "GRID_WORKER", "2026-11-01",
            await factory.GridIdAsync("longxiang"));
        var foreign = await PostAsync("demo-nanjing", personId, "nanjing", "GRID_WORKER", "2026-11-01",
            await factory.GridIdAsync("longxiang"));

        Assert.Equal(("ValidationError", "VALIDATION", "input.gridId"), none.Refusal("assignment"));
        Assert.Equal(("GridOutsideOfficeError", "GRID_OUTSIDE_OFFICE", "input.gridId"),
            elsewhere.Refusal("assignment"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.gridId"), foreign.Refusal("assignment"));
    }

    [Fact]
    public async Task A_station_officers_squad_must_be_of_their_station()
    {
        var personId = await NewPersonAsync("POLICE", "xunchang", "070003");
        var squadId = await factory.WithDbAsync(async db => Id("StationSquad",
            await db.StationSquads.Where(s => s.OwnerUnit!.Code == "xunchang").Select(s => s.Id).FirstAsync()));

        var atFurong = await PostAsync("demo-bureau", personId, "furong", "STATION_OFFICER", "2026-11-01",
            squadId: squadId);
        var atXunchang = await PostAsync("demo-bureau", personId, "xunchang", "STATION_OFFICER", "2026-11-01",
            squadId: squadId);

        Assert.Equal(("SquadOutsideStationError", "SQUAD_OUTSIDE_STATION", "input.squadId"),
            atFurong.Refusal("assignment"));
        Assert.Equal(squadId, atXunchang.Made("assignment").RefId("squad"));
    }

    [Theory]
    [InlineData("2025-01-31", "2025-01-30")]
    [InlineData("2025-03-01", "2025-02-28")]
    [InlineData("2024-03-01", "2024-02-29")]
    public async Task A_transfer_ends_the_running_posting_the_day_before_and_moves_the_file(string on, string endsOn)
    {
        var running = await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary);
        var longxiang = await factory.UnitAsync("longxiang");
        var lastAudit = await factory.LastAuditIdAsync();

        var payload = await Client("demo-station").MutateAsync("transferPerson", new
        {
            postingId = IdOf(running), version = running.Version, unitId = IdOf(longxiang), role = "OFFICE_AUXILIARY",
            on,
        });

        var posting = payload.Made("assignment");
        Assert.Equal((on, "longxiang", IdOf(running.Person!)),
            (posting.Str("from"), posting["unit"]!.Str("code"), posting.RefId("person")));
        var ended = await factory.PostingAsync(running.Id);
        Assert.Equal((DateOnly.Parse(endsOn), running.Version + 1), (ended.To, ended.Version));
        var person = await factory.PersonAsync(running.PersonId);
        Assert.Equal((longxiang.Id, longxiang.Path), (person.OwnerUnitId, person.OwnerPath));
        var record = await factory.AuditedAsync(lastAudit, "transferPerson", AuditOutcome.Succeeded);
        Assert.Equal(posting.Str("id"), record.ObjectIds);

        // The old office still reads its posting for the days it ran.
        var old = (await Client("demo-nanjing").QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Assignment { from to unit { code } } } }",
            new { id = IdOf(running) }))["node"]!;
        Assert.Equal((running.From.ToString("yyyy-MM-dd"), endsOn, "nanjing"),
            (old.Str("from"), old.Str("to"), old["unit"]!.Str("code")));
        var heldOn = DateOnly.Parse(endsOn).ToString("yyyy-MM-dd");
        var staffed = await Client("demo-nanjing").QueryAsync(
            "query($day: DateOnly!) { assignments(where: { role: { eq: OFFICE_AUXILIARY }, "
            + "from: { lte: $day }, to: { gte: $day } }) { nodes { id } } }", new { day = heldOn });
        Assert.Contains(IdOf(running), staffed.Nodes("assignments").Select(a => a.Str("id")));
    }

    [Fact]
    public async Task A_transfer_needs_a_scope_covering_both_units()
    {
        var running = await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary);
        var before = await factory.StaffingStateAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var payload = await Client("demo-nanjing").MutateAsync("transferPerson", new
        {
            postingId = IdOf(running), version = running.Version,
            unitId = IdOf(await factory.UnitAsync("longxiang")), role = "OFFICE_AUXILIARY", on = "2026-11-01",
        });

        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.unitId"), payload.Refusal("assignment"));
        Assert.Equal(before, await factory.StaffingStateAsync());
        await factory.AuditedAsync(lastAudit, "transferPerson", AuditOutcome.Denied);
    }

    [Fact]
    public async Task A_transfer_on_the_first_day_of_the_posting_an_ended_posting_and_a_stale_version_are_refused()
    {
        var running = await factory.RunningPostingAsync("anmin", AssignmentRole.OfficeAuxiliary);
        object Transfer(string on, int version) => new
        {
            postingId = IdOf(running), version, unitId = Id("OrgUnit", running.UnitId),
            role = "OFFICE_AUXILIARY", on,
        };
        var anmin = Client("demo-anmin");

        var firstDay = await anmin.MutateAsync("transferPerson", Transfer(running.From.ToString("yyyy-MM-dd"), 0));
        (await anmin.MutateAsync("endPosting", new { id = IdOf(running), version = 0, to = "2026-11-30" }))
            .Made("assignment");
        var stale = await anmin.MutateAsync("transferPerson", Transfer("2026-12-01", 0));
        var ended = await anmin.MutateAsync("transferPerson", Transfer("2026-12-01", 1));

        Assert.Equal(("PostingEndsBeforeStartError", "POSTING_ENDS_BEFORE_START", "input.on"),
            firstDay.Refusal("assignment"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("assignment"));
        Assert.Equal(("PostingEndedError", "POSTING_ENDED", "input.postingId"), ended.Refusal("assignment"));
    }

    [Fact]
    public async Task A_posting_ends_on_its_first_day_at_the_earliest_and_only_once()
    {
        var running = await factory.RunningPostingAsync("xinqiao", AssignmentRole.GridWorker);
        var xinqiao = Client("demo-xinqiao");
        var lastAudit = await factory.LastAuditIdAsync();

        var before = await xinqiao.MutateAsync("endPosting", new
        {
            id = IdOf(running), version = 0, to = running.From.AddDays(-1).ToString("yyyy-MM-dd"),
        });
        await factory.AuditedAsync(lastAudit, "endPosting", AuditOutcome.Failed);
        var onFirstDay = await xinqiao.MutateAsync("endPosting", new
        {
            id = IdOf(running), version = 0, to = running.From.ToString("yyyy-MM-dd"),
        });
        var again = await xinqiao.MutateAsync("endPosting", new { id = IdOf(running), version = 1, to = "2026-12-31" });

        Assert.Equal(("PostingEndsBeforeStartError", "POSTING_ENDS_BEFORE_START", "input.to"),
            before.Refusal("assignment"));
        Assert.Equal(running.From.ToString("yyyy-MM-dd"), onFirstDay.Made("assignment").Str("to"));
        Assert.Equal(("PostingEndedError", "POSTING_ENDED", "input.id"), again.Refusal("assignment"));
        Assert.Equal(running.From, (await factory.PostingAsync(running.Id)).To);
    }
}
