using Gateway.Api.Audit;
using Gateway.Api.StationDuty;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.StationDuty;

/// <summary>
/// The station's duty roster and cases: <c>scheduleDutyShift</c>, <c>cancelDutyShift</c> (versioned; a cancelled
/// shift stays on the roster) and <c>assignStationCase</c>, with their audit records and refusals.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class DutyRosterTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 2);

    private StationDutyCast cast = null!;

    public async Task InitializeAsync()
    {
        await factory.ResetToSeededCountyAsync();
        cast = await StationDutyCast.ReadAsync(factory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<GraphQLResponse> ScheduleAsync(string person, string? station = null, string? note = null,
        string client = "demo-station", string? idempotencyKey = null) =>
        factory.CreateGraphQLClient(client).SendAsync("ScheduleDutyShift", new
        {
            stationId = station ?? cast.Station, personId = person, date = Day, kind = "NIGHT", note, idempotencyKey,
        });

    private Task<GraphQLResponse> CancelAsync(string id, int version, string reason = "临时调整",
        string client = "demo-station") =>
        factory.CreateGraphQLClient(client).SendAsync("CancelDutyShift", new { id, version, reason });

    [Fact]
    public async Task The_station_rosters_a_station_officer_the_roster_shows_the_shift_and_the_change_is_audited()
    {
        var lastAudit = await factory.LastAuditIdAsync();

        var shift = (await ScheduleAsync(cast.StationOfficer, note: " 替班 ")).Result("dutyShift");

        Assert.Equal(("2026-11-02", "NIGHT", "SCHEDULED", "替班", 0),
            (shift.Str("date"), shift.Str("kind"), shift.Str("status"), shift.Str("note"),
                shift["version"]!.GetValue<int>()));
        var record = Assert.Single(await factory.AuditAfterAsync(lastAudit));
        Assert.Equal((StationDutyRequests.OperationOf("scheduleDutyShift"), AuditOutcome.Succeeded, shift.Str("id")),
            (record.Operation, record.Outcome, record.ObjectIds));
        var roster = await factory.CreateGraphQLClient("demo-station").QueryAsync(
            StationDutyRequests.Document("DutyRoster"), new { from = Day });
        Assert.Equal(shift.Str("id"), Assert.Single(roster.Nodes("dutyShifts")).Str("id"));
    }

    [Fact]
    public async Task A_grid_worker_is_not_station_staff_and_a_blank_note_is_refused()
    {
        var before = await factory.CountAsync();

        var gridWorker = (await ScheduleAsync(cast.GridWorker)).SingleError("dutyShift");
        var blankNote = (await ScheduleAsync(cast.StationOfficer, note: "  ")).SingleError("dutyShift");

        Assert.Equal(("VALIDATION", "input.personId"), (gridWorker.Str("code"), gridWorker.PathOf()));
        Assert.Equal(("VALIDATION", "input.note"), (blankNote.Str("code"), blankNote.PathOf()));
        Assert.Equal(before, await factory.CountAsync());
    }

    [Fact]
    public async Task An_office_cannot_roster_station_staff_nor_keep_a_roster_of_its_own()
    {
        var before = await factory.CountAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var stationStaff = await ScheduleAsync(cast.StationOfficer, client: "demo-nanjing");
        var ownRoster = (await ScheduleAsync(cast.NanjingPolice, station: cast.Nanjing, client: "demo-nanjing"))
            .SingleError("dutyShift");

        var errors = stationStaff.Payload().Items("errors");
        Assert.Equal(["NOT_FOUND input.stationId", "NOT_FOUND input.personId"],
            errors.Select(e => $"{e.Str("code")} {e.PathOf()}"));
        Assert.Equal(("VALIDATION", "input.stationId"), (ownRoster.Str("code"), ownRoster.PathOf()));
        Assert.Equal(before, await factory.CountAsync());
        Assert.Equal([AuditOutcome.Denied, AuditOutcome.Failed],
            (await factory.AuditAfterAsync(lastAudit)).Select(r => r.Outcome));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_schedules_once()
    {
        var first = (await ScheduleAsync(cast.StationOfficer, idempotencyKey: "roster-1")).Result("dutyShift");
        var retry = (await ScheduleAsync(cast.StationOfficer, idempotencyKey: "roster-1")).Result("dutyShift");
        var reused = (await ScheduleAsync(cast.XinqiaoOutgoing, idempotencyKey: "roster-1")).SingleError("dutyShift");

        Assert.Equal(first.Str("id"), retry.Str("id"));
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", reused.Str("code"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.DutyShifts.CountAsync(s => s.Date == Day)));
    }

    [Fact]
    public async Task A_cancelled_shift_stays_on_the_roster_with_its_reason_and_a_stale_or_second_cancel_is_refused()
    {
        var shift = (await ScheduleAsync(cast.StationOfficer)).Result("dutyShift");
        var lastAudit = await factory.LastAuditIdAsync();

        var cancelled = (await CancelAsync(shift.Str("id"), 0, " 值班民警临时抽调 ")).Result("dutyShift");
        var stale = (await CancelAsync(shift.Str("id"), 0)).SingleError("dutyShift");
        var again = (await CancelAsync(shift.Str("id"), 1)).SingleError("dutyShift");
        var fromAnOffice = (await CancelAsync(shift.Str("id"), 1, client: "demo-nanjing")).SingleError("dutyShift");

        Assert.Equal(("CANCELLED", "值班民警临时抽调", 1),
            (cancelled.Str("status"), cancelled.Str("cancellationReason"), cancelled["version"]!.GetValue<int>()));
        Assert.Equal(("CONFLICT", "input.version"), (stale.Str("code"), stale.PathOf()));
        Assert.Equal(("VALIDATION", "input.id"), (again.Str("code"), again.PathOf()));
        Assert.Equal(("NOT_FOUND", "input.id"), (fromAnOffice.Str("code"), fromAnOffice.PathOf()));
        var stored = await factory.WithDbAsync(db => db.DutyShifts.AsNoTracking()
            .SingleAsync(s => s.Id == JsonExtensions.RowId(shift.Str("id"), "DutyShift")));
        Assert.Equal((DutyShiftStatus.Cancelled, 1), (stored.Status, stored.Version));
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Failed, AuditOutcome.Failed, AuditOutcome.Denied],
            (await factory.AuditAfterAsync(lastAudit)).Select(r => r.Outcome));
    }

    [Fact]
    public async Task The_station_gives_a_case_to_a_station_officer_but_not_to_Nanjings_auxiliary()
    {
        var client = factory.CreateGraphQLClient("demo-station");
        object Input(string person, string caseNumber) => new
        {
            stationId = cast.Station, personId = person, caseNumber, title = " 电动自行车被盗案 ", assignedOn = Day,
        };

        var given = (await client.SendAsync("AssignStationCase", Input(cast.StationOfficer, "XC-XS-2026-0101")))
            .Result("stationCaseAssignment");
        var refused = (await client.SendAsync("AssignStationCase", Input(cast.NanjingAuxiliary, "XC-XS-2026-0102")))
            .SingleError("stationCaseAssignment");
        var blank = (await client.SendAsync("AssignStationCase", Input(cast.StationOfficer, " ")))
            .SingleError("stationCaseAssignment");

        Assert.Equal(("XC-XS-2026-0101", "电动自行车被盗案"), (given.Str("caseNumber"), given.Str("title")));
        Assert.Equal(("ThreeNotsStationCaseError", "THREE_NOTS_STATION_CASE"),
            (refused.Str("__typename"), refused.Str("code")));
        Assert.Equal("按照“三不”规定，社区民警和辅警不承办派出所案件：该人员 2026-11-02 在南井社区警务室任职。",
            refused.Str("message"));
        Assert.Equal(("VALIDATION", "input.caseNumber"), (blank.Str("code"), blank.PathOf()));
        Assert.Equal(1, await factory.WithDbAsync(db =>
            db.StationCaseAssignments.CountAsync(c => c.CaseNumber.StartsWith("XC-XS-2026-01"))));
    }
}
