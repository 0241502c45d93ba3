using Gateway.Api.Audit;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Personnel;

/// <summary><c>createPerson</c>, <c>updatePerson</c> and <c>deactivatePerson</c> over HTTP, with their audit records
/// and refusals. Runs on its own copy of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class PersonMutationTests(GatewayApiFactory factory)
    : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");

    private static readonly string ValidId = ResidentId(new(1990, 2, 28));

    private Task<string> CommitteeIdAsync() => factory.WithDbAsync(async db => Id("ExternalOrganisation",
        await db.ExternalOrganisations.Where(o => o.Kind == ExternalOrganisationKind.PoliticalLegalCommittee)
            .Select(o => o.Id).SingleAsync()));

    private async Task<object> GridWorkerAsync(string? idNumber = null, string? key = null, string name = " 王小网 ") =>
        new
        {
            kind = "GRID_WORKER", name, phone = "13800001234", idNumber = idNumber ?? ValidId,
            suppliedById = await CommitteeIdAsync(), unitId = IdOf(await factory.UnitAsync("nanjing")),
            idempotencyKey = key,
        };

    [Fact]
    public async Task A_grid_worker_goes_on_the_offices_file_stored_trimmed_and_audited()
    {
        var lastAudit = await factory.LastAuditIdAsync();

        var person = (await Nanjing.MutateAsync("createPerson", await GridWorkerAsync())).Made("person");

        Assert.Equal(("GRID_WORKER", "王小网", "nanjing", 0), (person.Str("kind"), person.Str("name"),
            person["unit"]!.Str("code"), person["version"]!.GetValue<int>()));
        Assert.Equal(await CommitteeIdAsync(), person.RefId("suppliedBy"));
        Assert.Null(person["deactivatedOn"]);
        var stored = await factory.PersonAsync(JsonExtensions.RowId(person.Str("id"), "Person"));
        Assert.Equal((ValidId, "13800001234", (string?)null), (stored.IdNumber, stored.Phone, stored.BadgeNumber));
        var record = await factory.AuditedAsync(lastAudit, "createPerson", AuditOutcome.Succeeded);
        Assert.Equal(person.Str("id"), record.ObjectIds);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_creates_once_and_the_key_with_other_input_is_refused()
    {
        var input = await GridWorkerAsync(key: "create-once");

        var first = (await Nanjing.MutateAsync("createPerson", input)).Made("person");
        var retry = (await Nanjing.MutateAsync("createPerson", input)).Made("person");
        var before = await factory.StaffingStateAsync();
        var reused = await Nanjing.MutateAsync("createPerson", await GridWorkerAsync(key: "create-once", name: "另一人"));

        Assert.Equal(first.Str("id"), retry.Str("id"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.People.CountAsync(p => p.Name == "王小网")));
        Assert.Equal(("IdempotencyKeyReusedError", "IDEMPOTENCY_KEY_REUSED", "input.idempotencyKey"),
            reused.Refusal("person"));
        Assert.Equal(before, await factory.StaffingStateAsync());
    }

    public static TheoryData<string, string?> ResidentIdNumbers => new()
    {
        { ResidentId(new(1900, 1, 1)), null },
        { ResidentId(new(2000, 2, 29)), null },
        { "51152619900228123", "format" }, // 17 characters
        { ResidentId(new(1990, 2, 28))[..17] + "x", "format" }, // lower-case x
        { "5115261990022812A4", "format" },
        { Recheck("511526" + "19900230" + "123"), "birth date" }, // 30 February
        { Recheck("511526" + "18991231" + "123"), "birth date" },
        { Recheck("511526" + "20990101" + "123"), "birth date" }, // not born yet
        { WrongCheck(ResidentId(new(1990, 2, 28))), "check" },
    };

    [Theory]
    [MemberData(nameof(ResidentIdNumbers))]
    public async Task Resident_id_numbers_are_checked_for_format_birth_date_and_check_character(string idNumber,
        string? faultIn)
    {
        var before = await factory.StaffingStateAsync();

        var payload = await Nanjing.MutateAsync("createPerson", await GridWorkerAsync(idNumber));

        if (faultIn is null)
        {
            payload.Made("person");
            return;
        }
        Assert.Equal(("ValidationError", "VALIDATION", "input.idNumber"), payload.Refusal("person"));
        Assert.Equal(before, await factory.StaffingStateAsync());
    }

    private static string Recheck(string body) => body + ResidentIdNumber.CheckCharacter(body);

    private static string WrongCheck(string id) => id[..17] + (id[17] == '0' ? '1' : '0');

    [Theory]
    [InlineData("POLICE", null, "input.badgeNumber")]
    [InlineData("POLICE", "  ", "input.badgeNumber")]
    [InlineData("AUXILIARY_POLICE", "051234", "input.badgeNumber")]
    [InlineData("POLICE", "051234", null)]
    public async Task A_badge_number_is_required_for_police_and_refused_for_anyone_else(string kind, string? badge,
        string? errorPath)
    {
        var lastAudit = await factory.LastAuditIdAsync();

        var payload = await Nanjing.MutateAsync("createPerson", new
        {
            kind, name = "李警", badgeNumber = badge, unitId = IdOf(await factory.UnitAsync("nanjing")),
        });

        if (errorPath is null)
        {
            Assert.Equal("051234", payload.Made("person").Str("badgeNumber"));
            return;
        }
        Assert.Equal(("ValidationError", "VALIDATION", errorPath), payload.Refusal("person"));
        await factory.AuditedAsync(lastAudit, "createPerson", AuditOutcome.Failed);
    }

    [Fact]
    public async Task A_badge_number_someone_already_carries_is_refused()
    {
        var police = await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficePolice);

        var payload = await Nanjing.MutateAsync("createPerson", new
        {
            kind = "POLICE", name = "李警", badgeNumber = police.Person!.BadgeNumber,
            unitId = IdOf(await factory.UnitAsync("nanjing")),
        });

        Assert.Equal(("BadgeNumberTakenError", "BADGE_NUMBER_TAKEN", "input.badgeNumber"), payload.Refusal("person"));
    }

    [Fact]
    public async Task A_unit_outside_the_callers_scope_cannot_keep_the_file()
    {
        var lastAudit = await factory.LastAuditIdAsync();
        var before = await factory.StaffingStateAsync();
        var input = new
        {
            kind = "GRID_WORKER", name = "越权", unitId = IdOf(await factory.UnitAsync("longxiang")),
        };

        var payload = await Nanjing.MutateAsync("createPerson", input);

        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.unitId"), payload.Refusal("person"));
        Assert.Equal(before, await factory.StaffingStateAsync());
        await factory.AuditedAsync(lastAudit, "createPerson", AuditOutcome.Denied);
    }

    [Fact]
    public async Task An_update_changes_the_details_raises_the_version_and_a_stale_one_gets_CONFLICT()
    {
        var auxiliary = (await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary)).Person!;
        var lastAudit = await factory.LastAuditIdAsync();
        var input = new
        {
            id = IdOf(auxiliary), version = auxiliary.Version, name = "  赵辅警 ", phone = "0831-4312345",
            idNumber = ValidId, suppliedById = (string?)null,
        };

        var person = (await Nanjing.MutateAsync("updatePerson", input)).Made("person");
        await factory.AuditedAsync(lastAudit, "updatePerson", AuditOutcome.Succeeded);
        var afterUpdate = await factory.StaffingStateAsync();
        var stale = await Nanjing.MutateAsync("updatePerson", input with { });

        Assert.Equal(("赵辅警", auxiliary.Version + 1), (person.Str("name"), person["version"]!.GetValue<int>()));
        var stored = await factory.PersonAsync(auxiliary.Id);
        Assert.Equal(("0831-4312345", ValidId, auxiliary.Kind, auxiliary.OwnerUnitId),
            (stored.Phone, stored.IdNumber, stored.Kind, stored.OwnerUnitId));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("person"));
        Assert.Equal(afterUpdate, await factory.StaffingStateAsync());
    }

    [Fact]
    public async Task A_caller_who_reads_phone_and_ID_number_masked_keeps_them_by_leaving_them_out()
    {
        var auxiliary = (await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary)).Person!;
        Assert.NotNull(auxiliary.Phone);
        Assert.NotNull(auxiliary.IdNumber);
        // The system admin changes staffing but may not read personal data: it reads both masked.
        var admin = (await UserSignIn.SignInAsync(factory, "bureau.admin")).Client;
        var read = (await admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Person { phone idNumber } } }",
            new { id = IdOf(auxiliary) }))["node"]!;
        Assert.NotEqual((auxiliary.Phone, auxiliary.IdNumber), (read.Str("phone"), read.Str("idNumber")));

        var maskedBack = await admin.MutateAsync("updatePerson", new
        {
            id = IdOf(auxiliary), version = auxiliary.Version, name = "赵辅警", phone = read.Str("phone"),
        });
        var renamed = (await admin.MutateAsync("updatePerson", new
        {
            id = IdOf(auxiliary), version = auxiliary.Version, name = "赵辅警",
        })).Made("person");

        Assert.Equal(("ValidationError", "VALIDATION", "input.phone"), maskedBack.Refusal("person"));
        Assert.Equal("赵辅警", renamed.Str("name"));
        var stored = await factory.PersonAsync(auxiliary.Id);
        Assert.Equal((auxiliary.Phone, auxiliary.IdNumber), (stored.Phone, stored.IdNumber));
    }

    [Fact]
    public async Task An_update_clears_phone_and_ID_number_written_null()
    {
        var auxiliary = (await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary)).Person!;

        (await Nanjing.MutateAsync("updatePerson", new
        {
            id = IdOf(auxiliary), version = auxiliary.Version, name = auxiliary.Name, phone = (string?)null,
            idNumber = (string?)null,
        })).Made("person");

        var stored = await factory.PersonAsync(auxiliary.Id);
        Assert.Equal(((string?)null, (string?)null), (stored.Phone, stored.IdNumber));
    }

    [Fact]
    public async Task An_update_keeps_the_badge_rule_of_the_persons_kind()
    {
        var police = (await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficePolice)).Person!;

        var payload = await Nanjing.MutateAsync("updatePerson", new
        {
            id = IdOf(police), version = police.Version, name = police.Name, badgeNumber = "",
        });

        Assert.Equal(("ValidationError", "VALIDATION", "input.badgeNumber"), payload.Refusal("person"));
    }

    [Fact]
    public async Task Deactivating_ends_every_running_posting_on_the_day_and_the_person_stays_readable_but_unpostable()
    {
        var running = await factory.RunningPostingAsync("nanjing", AssignmentRole.GridWorker);
        var person = running.Person!;
        var history = await factory.PostingsOfAsync(person.Id);
        var lastAudit = await factory.LastAuditIdAsync();

        var deactivated = (await Nanjing.MutateAsync("deactivatePerson", new
        {
            id = IdOf(person), version = person.Version, on = "2026-11-15",
        })).Made("person");

        Assert.Equal(("2026-11-15", person.Version + 1),
            (deactivated.Str("deactivatedOn"), deactivated["version"]!.GetValue<int>()));
        await factory.AuditedAsync(lastAudit, "deactivatePerson", AuditOutcome.Succeeded);
        var after = await factory.PostingsOfAsync(person.Id);
        Assert.Equal(new DateOnly(2026, 11, 15), after.Single(a => a.Id == running.Id).To);
        Assert.Equal(history.Where(a => a.Id != running.Id).Select(a => a.To),
            after.Where(a => a.Id != running.Id).Select(a => a.To));
        var read = await Nanjing.QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Person { name deactivatedOn } } }", new { id = IdOf(person) });
        Assert.Equal("2026-11-15", read["node"]!.Str("deactivatedOn"));

        var posted = await Nanjing.MutateAsync("postPerson", new
        {
            personId = IdOf(person), unitId = IdOf(await factory.UnitAsync("nanjing")),
            gridId = await factory.GridIdAsync("nanjing"), role = "GRID_WORKER", from = "2026-12-01",
        });
        Assert.Equal(("PersonDeactivatedError", "PERSON_DEACTIVATED", "input.personId"), posted.Refusal("assignment"));
        var again = await Nanjing.MutateAsync("deactivatePerson", new
        {
            id = IdOf(person), version = person.Version + 1, on = "2026-12-01",
        });
        Assert.Equal(("PersonDeactivatedError", "PERSON_DEACTIVATED", "input.id"), again.Refusal("person"));
    }

    [Fact]
    public async Task Deactivating_before_a_posting_starts_is_refused_and_changes_nothing()
    {
        var running = await factory.RunningPostingAsync("nanjing", AssignmentRole.OfficeAuxiliary);
        var before = await factory.StaffingStateAsync();

        var payload = await Nanjing.MutateAsync("deactivatePerson", new
        {
            id = IdOf(running.Person!), version = running.Person!.Version,
            on = running.From.AddDays(-1).ToString("yyyy-MM-dd"),
        });

        Assert.Equal(("PostingEndsBeforeStartError", "POSTING_ENDS_BEFORE_START", "input.on"),
            payload.Refusal("person"));
        Assert.Equal(before, await factory.StaffingStateAsync());
    }

    [Fact]
    public async Task A_leading_post_is_held_by_police_alone()
    {
        var worker = await Nanjing.MutateAsync("createPerson", new
        {
            kind = "GRID_WORKER", name = "王职务", position = "OFFICE_HEAD",
            unitId = IdOf(await factory.UnitAsync("nanjing")),
        });
        var officer = (await Nanjing.MutateAsync("createPerson", new
        {
            kind = "POLICE", name = "李警长", badgeNumber = "P-OFFICE-1", position = "OFFICE_HEAD",
            unitId = IdOf(await factory.UnitAsync("nanjing")),
        })).Made("person");

        Assert.Equal(("ValidationError", "VALIDATION", "input.position"), worker.Refusal("person"));
        Assert.Equal(PersonPosition.OfficeHead,
            (await factory.PersonAsync(JsonExtensions.RowId(officer.Str("id"), "Person"))).Position);
    }
}
