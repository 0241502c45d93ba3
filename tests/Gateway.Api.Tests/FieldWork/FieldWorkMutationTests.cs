using Gateway.Api.Audit;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.FieldWork;

/// <summary><c>recordFieldWork</c>, <c>recordFieldWorkDay</c>, <c>correctFieldWork</c> and <c>voidFieldWork</c> over
/// HTTP, with Nanjing's token. Runs on its own copy of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class FieldWorkMutationTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");

    private sealed record Place(string Officer, string Grid, string ElderlyResident, string PlainResident,
        string ForeignGrid, string ForeignResident);

    private Task<Place> PlaceAsync() => factory.WithDbAsync(async db =>
    {
        var (officer, nanjing) = await factory.OfficerAsync("nanjing");
        var grid = await db.Grids.Where(g => g.OwnerUnitId == nanjing).OrderBy(g => g.Id).FirstAsync();
        var residents = db.Residents.Where(r => r.GridId == grid.Id).OrderBy(r => r.Id);
        var foreign = await db.Residents.Where(r => r.Grid!.OwnerUnit!.Code == "longxiang").OrderBy(r => r.Id)
            .FirstAsync();
        return new Place(GlobalId.Encode("Person", officer), GlobalId.Encode("Grid", grid.Id),
            GlobalId.Encode("Resident",
                await residents.Where(r => r.SpecialGroup != null).Select(r => r.Id).FirstAsync()),
            GlobalId.Encode("Resident",
                await residents.Where(r => r.SpecialGroup == null).Select(r => r.Id).FirstAsync()),
            GlobalId.Encode("Grid", foreign.GridId), GlobalId.Encode("Resident", foreign.Id));
    });

    private static object Visit(Place place, string occurredAt = "2026-11-02T09:30:00+08:00", int count = 12,
        string? key = null) => new
    {
        personId = place.Officer, kind = "RESIDENT_VISIT", occurredAt, count, gridId = place.Grid,
        note = " 走访群众 ", idempotencyKey = key,
    };

    [Fact]
    public async Task An_entry_is_recorded_in_the_log_of_the_office_the_person_is_posted_to_with_the_servers_time()
    {
        var place = await PlaceAsync();
        var lastAudit = await factory.LastAuditIdAsync();
        var before = DateTime.UtcNow;

        var made = (await Nanjing.SendAsync("recordFieldWork", Visit(place))).Made("fieldWorkEvent");

        Assert.Equal(("RESIDENT_VISIT", "2026-11-02T01:30:00Z", 12, "走访群众", "ACTIVE", "nanjing", "demo-nanjing"),
            (made.Str("kind"), made.Str("occurredAt"), made["count"]!.GetValue<int>(), made.Str("note"),
                made.Str("status"), made["unit"]!.Str("code"), made.Str("recordedByClient")));
        Assert.InRange(made["receivedAt"]!.GetValue<DateTime>().ToUniversalTime(), before.AddSeconds(-1),
            DateTime.UtcNow.AddSeconds(1));
        Assert.Equal((place.Officer, place.Grid), (made.RefId("person"), made.RefId("grid")));
        Assert.Null(made["recordedBy"]);
        var record = await factory.AuditedAsync(lastAudit, "recordFieldWork", AuditOutcome.Succeeded);
        Assert.Equal(made.Str("id"), record.ObjectIds);
    }

    [Fact]
    public async Task The_stated_time_may_run_five_minutes_ahead_of_the_server_and_no_more()
    {
        var place = await PlaceAsync();
        string Ahead(double minutes) => DateTime.UtcNow.AddMinutes(minutes).ToString("O");

        var tooLate = await Nanjing.SendAsync("recordFieldWork", Visit(place, Ahead(6)));
        var justIn = await Nanjing.SendAsync("recordFieldWork", Visit(place, Ahead(4)));

        Assert.Equal(("OccurredInFutureError", "OCCURRED_IN_FUTURE", "input.occurredAt"),
            tooLate.Refusal("fieldWorkEvent"));
        justIn.Made("fieldWorkEvent");
    }

    [Fact]
    public async Task Work_before_the_person_was_posted_is_refused()
    {
        var place = await PlaceAsync();

        var beforeOpening = await Nanjing.SendAsync("recordFieldWork", Visit(place, "2017-01-02T09:00:00+08:00"));

        Assert.Equal(("PersonNotPostedError", "PERSON_NOT_POSTED", "input.occurredAt"),
            beforeOpening.Refusal("fieldWorkEvent"));
    }

    [Fact]
    public async Task A_special_group_service_names_a_resident_of_a_special_group_and_records_are_never_typed_in()
    {
        var place = await PlaceAsync();
        object Service(string? residentId, string kind = "SPECIAL_GROUP_SERVICE") => new
        {
            personId = place.Officer, kind, occurredAt = "2026-11-02T15:00:00+08:00", count = 1, residentId,
        };

        var withoutResident = await Nanjing.SendAsync("recordFieldWork", Service(null));
        var plainResident = await Nanjing.SendAsync("recordFieldWork", Service(place.PlainResident));
        var typedRecords = await Nanjing.SendAsync("recordFieldWork", Service(null, "POPULATION_RECORD_ENTRY"));
        var served = (await Nanjing.SendAsync("recordFieldWork", Service(place.ElderlyResident)))
            .Made("fieldWorkEvent");

        Assert.Equal(("ResidentRequiredError", "RESIDENT_REQUIRED", "input.residentId"),
            withoutResident.Refusal("fieldWorkEvent"));
        Assert.Equal(("NotSpecialGroupError", "NOT_SPECIAL_GROUP", "input.residentId"),
            plainResident.Refusal("fieldWorkEvent"));
        Assert.Equal(("PopulationRecordDerivedError", "POPULATION_RECORD_DERIVED", "input.kind"),
            typedRecords.Refusal("fieldWorkEvent"));
        // The message says where the records come from.
        Assert.Contains("登记簿", typedRecords.Items("errors")[0].Str("message"));
        // The resident's grid stands for the grid when none is given.
        Assert.Equal((place.ElderlyResident, place.Grid), (served.RefId("resident"), served.RefId("grid")));
    }

    [Fact]
    public async Task A_grid_or_resident_outside_the_callers_scope_reads_not_found()
    {
        var place = await PlaceAsync();

        var grid = await Nanjing.SendAsync("recordFieldWork", new
        {
            personId = place.Officer, kind = "PATROL", occurredAt = "2026-11-02T09:00:00+08:00", count = 1,
            gridId = place.ForeignGrid,
        });
        var resident = await Nanjing.SendAsync("recordFieldWork", new
        {
            personId = place.Officer, kind = "HOME_VISIT", occurredAt = "2026-11-02T09:00:00+08:00", count = 1,
            residentId = place.ForeignResident,
        });

        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.gridId"), grid.Refusal("fieldWorkEvent"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.residentId"), resident.Refusal("fieldWorkEvent"));
    }

    private static object Day(Place place, params object[] events) =>
        new { personId = place.Officer, day = "2026-11-02", events };

    private static object Entry(string key, string kind = "RESIDENT_VISIT", int count = 10, string? residentId = null,
        string at = "2026-11-02T09:00:00+08:00") =>
        new { kind, occurredAt = at, count, residentId, idempotencyKey = key };

    [Fact]
    public async Task A_retried_day_records_nothing_twice_and_answers_the_same_entries()
    {
        var place = await PlaceAsync();
        var day = Day(place, Entry("d-1"), Entry("d-2", "HOME_VISIT", 1),
            Entry("d-3", "SPECIAL_GROUP_SERVICE", 1, place.ElderlyResident));
        var lastAudit = await factory.LastAuditIdAsync();

        var first = (await Nanjing.SendAsync("recordFieldWorkDay", day)).Made("fieldWorkDay");
        var record = await factory.AuditedAsync(lastAudit, "recordFieldWorkDay", AuditOutcome.Succeeded);
        var count = await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync());
        var retry = (await Nanjing.SendAsync("recordFieldWorkDay", day)).Made("fieldWorkDay");
        var extended = (await Nanjing.SendAsync("recordFieldWorkDay", Day(place, Entry("d-1"), Entry("d-4"))))
            .Made("fieldWorkDay");

        var ids = first.Items("events").Select(e => e.Str("id")).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(string.Join(",", ids), record.ObjectIds);
        Assert.Equal(ids, retry.Items("events").Select(e => e.Str("id")));
        Assert.Equal(count + 1, await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync()));
        Assert.Equal(ids[0], extended.Items("events")[0].Str("id"));
        Assert.DoesNotContain(extended.Items("events")[1].Str("id"), ids);
    }

    [Fact]
    public async Task One_bad_entry_refuses_the_whole_day_at_its_own_path()
    {
        var place = await PlaceAsync();
        var count = await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync());

        var refused = await Nanjing.SendAsync("recordFieldWorkDay", Day(place, Entry("b-1"),
            Entry("b-2", "SPECIAL_GROUP_SERVICE", 1, place.PlainResident), Entry("b-3", count: 0),
            Entry("b-4", at: "2026-11-03T09:00:00+08:00"), Entry("b-1")));
        var tooMany = await Nanjing.SendAsync("recordFieldWorkDay",
            Day(place, [.. Enumerable.Range(0, RecordFieldWorkDayInput.MaxEvents + 1).Select(i => Entry($"m-{i}"))]));

        Assert.Equal([("VALIDATION", "input.events.2.count"), ("VALIDATION", "input.events.3.occurredAt"),
                ("VALIDATION", "input.events.4.idempotencyKey")], refused.Refusals());
        Assert.Equal([("VALIDATION", "input.events")], tooMany.Refusals());
        Assert.Equal(count, await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync()));

        var stored = await Nanjing.SendAsync("recordFieldWorkDay", Day(place, Entry("b-1"),
            Entry("b-2", "SPECIAL_GROUP_SERVICE", 1, place.PlainResident)));
        Assert.Equal([("NOT_SPECIAL_GROUP", "input.events.1.residentId")], stored.Refusals());
        Assert.Equal(count, await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync()));
    }

    [Fact]
    public async Task A_key_sent_again_with_other_content_is_refused_at_that_entry()
    {
        var place = await PlaceAsync();
        (await Nanjing.SendAsync("recordFieldWorkDay", Day(place, Entry("k-1"), Entry("k-2")))).Made("fieldWorkDay");

        var changed = await Nanjing.SendAsync("recordFieldWorkDay", Day(place, Entry("k-1"), Entry("k-2", count: 11)));

        Assert.Equal([("IDEMPOTENCY_KEY_REUSED", "input.events.1.idempotencyKey")], changed.Refusals());
    }

    [Fact]
    public async Task A_correction_keeps_the_original_and_a_void_keeps_the_entry_each_once()
    {
        var place = await PlaceAsync();
        var original = (await Nanjing.SendAsync("recordFieldWork", Visit(place))).Made("fieldWorkEvent");

        var replacement = (await Nanjing.SendAsync("correctFieldWork", new
        {
            id = original.Str("id"), version = 0, reason = "人数录错", kind = "RESIDENT_VISIT",
            occurredAt = "2026-11-02T09:30:00+08:00", count = 21, gridId = place.Grid,
        })).Made("fieldWorkEvent");
        var again = await Nanjing.SendAsync("correctFieldWork", new
        {
            id = original.Str("id"), version = 1, reason = "再改", kind = "RESIDENT_VISIT",
            occurredAt = "2026-11-02T09:30:00+08:00", count = 22,
        });
        var voided = (await Nanjing.SendAsync("voidFieldWork",
            new { id = replacement.Str("id"), version = 0, reason = "重复录入" })).Made("fieldWorkEvent");
        var voidAgain = await Nanjing.SendAsync("voidFieldWork",
            new { id = replacement.Str("id"), version = 1, reason = "重复录入" });
        var stale = await Nanjing.SendAsync("voidFieldWork",
            new { id = original.Str("id"), version = 0, reason = "x" });

        Assert.Equal(("ACTIVE", 21, original.Str("id"), "CORRECTED", "人数录错"), (replacement.Str("status"),
            replacement["count"]!.GetValue<int>(), replacement.RefId("correctionOf"),
            replacement["correctionOf"]!.Str("status"), replacement["correctionOf"]!.Str("correctionReason")));
        Assert.Equal(("FieldWorkNotActiveError", "FIELD_WORK_NOT_ACTIVE", "input.id"), again.Refusal("fieldWorkEvent"));
        Assert.Equal(("VOIDED", "重复录入", "demo-nanjing"),
            (voided.Str("status"), voided.Str("voidReason"), voided.Str("voidedByClient")));
        Assert.NotNull(voided["voidedAt"]?.GetValue<string>());
        Assert.Equal(("FieldWorkNotActiveError", "FIELD_WORK_NOT_ACTIVE", "input.id"),
            voidAgain.Refusal("fieldWorkEvent"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("fieldWorkEvent"));
        var statuses = await factory.WithDbAsync(db => db.FieldWorkEvents.Where(e => e.ReceivedAt > DateTime.UtcNow
            .AddMinutes(-5)).OrderBy(e => e.Id).Select(e => e.Status).ToListAsync());
        Assert.Equal([FieldWorkStatus.Corrected, FieldWorkStatus.Voided], statuses);
    }
}
