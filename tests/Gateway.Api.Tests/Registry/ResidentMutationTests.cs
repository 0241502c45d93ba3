using Gateway.Api.Audit;
using Gateway.Api.FieldWork;
using Gateway.Api.Registry;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Gateway.Api.Tests.Security.Authorization;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Registry;

/// <summary>Residents created, updated, moved and verified over HTTP: revisions for every write, duplicate ID numbers
/// found through the blind index in scope only, population records derived for the person writing.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class ResidentMutationTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");

    private static readonly string NewId = ResidentId(new(1988, 5, 17), "271");

    private async Task<object> NewResidentAsync(string? idNumber = null, string? key = null, string name = " 陈新民 ")
    {
        var (grid, address) = await factory.PlaceAsync("nanjing");
        return new
        {
            gridId = Id("Grid", grid), addressId = Id("StandardAddress", address), name,
            idNumber = idNumber ?? NewId, phone = "13900001111", registration = "FLOATING", mentalHealthRisk = true,
            idempotencyKey = key,
        };
    }

    [Fact]
    public async Task A_new_resident_is_kept_with_its_creation_as_revision_1_sensitive_fields_named_without_values()
    {
        var lastAudit = await factory.LastAuditIdAsync();

        var resident = (await Nanjing.WriteAsync("createResident", await NewResidentAsync())).Made("resident");

        Assert.Equal(("陈新民", NewId, true, 0), (resident.Str("name"), resident.Str("idNumber"),
            resident["mentalHealthRisk"]!.GetValue<bool>(), resident["version"]!.GetValue<int>()));
        Assert.Equal(resident.Str("updatedAt"), resident.Str("lastVerifiedAt"));
        var revision = Assert.Single(resident["revisions"]!.Items("nodes"));
        Assert.Equal((1, "CREATED", "demo-nanjing"),
            (revision["number"]!.GetValue<int>(), revision.Str("reason"), revision.Str("recordedBy")));
        var changes = revision.Items("changes").ToDictionary(c => c.Str("field"));
        Assert.Equal("陈新民", changes["name"]["newValue"]!.GetValue<string>());
        Assert.Equal("FLOATING", changes["registration"]["newValue"]!.GetValue<string>());
        Assert.Equal(resident.RefId("grid"), changes["gridId"]["newValue"]!.GetValue<string>());
        foreach (var sensitive in new[] { "idNumber", "phone", "mentalHealthRisk" })
        {
            Assert.True(changes[sensitive]["sensitive"]!.GetValue<bool>());
            Assert.Null(changes[sensitive]["newValue"]);
        }
        var stored = await factory.RevisionsOfResidentAsync(JsonExtensions.RowId(resident.Str("id"), "Resident"));
        Assert.DoesNotContain(NewId, Assert.Single(stored).ChangesJson);
        Assert.DoesNotContain("13900001111", stored[0].ChangesJson);
        await factory.AuditedAsync(lastAudit, "createResident", AuditOutcome.Succeeded);
    }

    [Fact]
    public async Task A_retried_create_creates_once()
    {
        var input = await NewResidentAsync(key: "resident-once");

        var first = (await Nanjing.WriteAsync("createResident", input)).Made("resident");
        var state = await factory.RegistryStateAsync();
        var retry = (await Nanjing.WriteAsync("createResident", input)).Made("resident");

        Assert.Equal(first.Str("id"), retry.Str("id"));
        Assert.Equal(state, await factory.RegistryStateAsync());
        Assert.Single(await factory.RevisionsOfResidentAsync(JsonExtensions.RowId(first.Str("id"), "Resident")));
    }

    [Fact]
    public async Task A_duplicate_ID_number_is_found_across_grids_in_scope_and_never_across_tenants()
    {
        var longxiang = await factory.ResidentOfAsync("longxiang");
        var (nanjingGrid, _) = await factory.PlaceAsync("nanjing");
        var input = new
        {
            gridId = Id("Grid", nanjingGrid), name = "重复", idNumber = " " + longxiang.IdNumber.ToLowerInvariant() + " ",
            registration = "REGISTERED",
        };
        var before = await factory.RegistryStateAsync();

        var refused = await factory.CreateGraphQLClient("demo-station").WriteAsync("createResident", input);

        Assert.Equal(("DuplicateIdNumberError", "DUPLICATE_ID_NUMBER", "input.idNumber"), refused.Refusal("resident"));
        Assert.Equal(Id("Resident", longxiang.Id), refused.Items("errors")[0].Str("residentId"));
        Assert.Equal(before, await factory.RegistryStateAsync());

        // Nanjing cannot see Longxiang's resident, so nothing is found and nothing about it is told.
        var created = (await Nanjing.WriteAsync("createResident", input)).Made("resident");
        Assert.Equal(longxiang.IdNumber, created.Str("idNumber"));
    }

    [Fact]
    public async Task An_update_keeps_a_revision_of_what_changed_and_keeps_personal_data_left_out()
    {
        var resident = await factory.ResidentOfAsync("nanjing", q => q.Where(r => r.Phone != null));

        var updated = (await Nanjing.WriteAsync("updateResident", new
        {
            id = Id("Resident", resident.Id), version = resident.Version, name = "改名", phone = "13700002222",
            registration = resident.Registration == Registration.Floating ? "REGISTERED" : "FLOATING",
            keyPersonCategory = "PETITIONER", specialGroup = (string?)null,
        })).Made("resident");

        Assert.Equal((resident.IdNumber, resident.Version + 1), (updated.Str("idNumber"),
            updated["version"]!.GetValue<int>()));
        Assert.Equal(resident.MentalHealthRisk, updated["mentalHealthRisk"]!.GetValue<bool>());
        var revisions = await factory.RevisionsOfResidentAsync(resident.Id);
        var last = revisions[^1];
        Assert.Equal((RevisionReason.Updated, resident.Version + 2, revisions.Count), (last.Reason, last.Number,
            last.Number));
        var changes = last.Changes().ToDictionary(c => c.Field);
        Assert.Equal((resident.Name, "改名"), (changes["name"].OldValue, changes["name"].NewValue));
        Assert.Equal(new RegistryFieldChange("phone", null, null, Sensitive: true), changes["phone"]);
        Assert.Equal("PETITIONER", changes["keyPersonCategory"].NewValue);
        Assert.False(changes.ContainsKey("idNumber"));
        Assert.DoesNotContain("13700002222", last.ChangesJson);
        Assert.DoesNotContain(resident.Phone!, last.ChangesJson);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_writes_nothing()
    {
        var resident = await factory.ResidentOfAsync("nanjing");
        var before = await factory.RegistryStateAsync();

        var payload = await Nanjing.WriteAsync("updateResident", new
        {
            id = Id("Resident", resident.Id), version = resident.Version - 1, name = "旧版本",
            registration = "REGISTERED",
        });

        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), payload.Refusal("resident"));
        Assert.Equal(before, await factory.RegistryStateAsync());
    }

    [Fact]
    public async Task A_move_to_a_grid_of_another_office_hands_the_record_over_with_a_revision()
    {
        var resident = await factory.ResidentOfAsync("nanjing");
        var (grid, address) = await factory.PlaceAsync("longxiang");
        var (_, foreignAddress) = await factory.PlaceAsync("longxiang", index: 1);
        var station = factory.CreateGraphQLClient("demo-station");

        var outside = await station.WriteAsync("moveResident", new
        {
            id = Id("Resident", resident.Id), version = resident.Version, gridId = Id("Grid", grid),
            addressId = Id("StandardAddress", foreignAddress),
        });
        var moved = (await station.WriteAsync("moveResident", new
        {
            id = Id("Resident", resident.Id), version = resident.Version, gridId = Id("Grid", grid),
            addressId = Id("StandardAddress", address),
        })).Made("resident");

        Assert.Equal(("AddressOutsideGridError", "ADDRESS_OUTSIDE_GRID", "input.addressId"),
            outside.Refusal("resident"));
        Assert.Equal(("longxiang", Id("Grid", grid)), (moved["office"]!.Str("code"), moved.RefId("grid")));
        var last = (await factory.RevisionsOfResidentAsync(resident.Id))[^1];
        Assert.Equal(RevisionReason.Moved, last.Reason);
        Assert.Equal(Id("Grid", grid), last.Changes().Single(c => c.Field == "gridId").NewValue);
        Assert.Equal(Id("Grid", resident.GridId), last.Changes().Single(c => c.Field == "gridId").OldValue);
        // The new office reads the resident; the old one no longer does.
        var query = $"{{ residents(where: {{ id: {{ eq: \"{Id("Resident", resident.Id)}\" }} }}) {{ totalCount }} }}";
        Assert.Equal(1, (await factory.CreateGraphQLClient("demo-longxiang").QueryAsync(query))["residents"]!
            ["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Nanjing.QueryAsync(query))["residents"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_verification_changes_only_the_freshness_and_is_counted_as_a_revision()
    {
        var resident = await factory.ResidentOfAsync("nanjing");

        var verified = (await Nanjing.WriteAsync("verifyResident",
            new { id = Id("Resident", resident.Id), version = resident.Version })).Made("resident");

        var stored = await factory.ResidentOfAsync("nanjing", q => q.Where(r => r.Id == resident.Id));
        Assert.Equal((resident.Name, resident.UpdatedAt, resident.Version + 1),
            (stored.Name, stored.UpdatedAt, stored.Version));
        Assert.True(stored.LastVerifiedAt > resident.LastVerifiedAt);
        var last = (await factory.RevisionsOfResidentAsync(resident.Id))[^1];
        Assert.Equal((RevisionReason.Verified, 0), (last.Reason, last.Changes().Length));
        Assert.Equal(verified["revisions"]!.Items("nodes").Count, last.Number);
    }

    [Fact]
    public async Task A_registry_write_by_an_officer_enters_a_population_record_and_a_machine_client_enters_none()
    {
        var officer = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        var personId = await factory.WithDbAsync(db =>
            db.Users.Where(u => u.UserName == "nanjing.officer").Select(u => u.PersonId).SingleAsync());
        var records = () => factory.WithDbAsync(db =>
            db.FieldWorkEvents.Where(e => e.Kind == FieldWorkKind.PopulationRecordEntry).ToListAsync());
        var before = (await records()).Select(e => e.Id).ToHashSet();

        var created = (await officer.Client.WriteAsync("createResident", await NewResidentAsync())).Made("resident");
        var residentId = JsonExtensions.RowId(created.Str("id"), "Resident");
        (await officer.Client.WriteAsync("verifyResident",
            new { id = created.Str("id"), version = 0 })).Made("resident");
        (await Nanjing.WriteAsync("updateResident", new
        {
            id = created.Str("id"), version = 1, name = "机器改名", registration = "FLOATING",
        })).Made("resident");

        var entered = Assert.Single(await records(), e => !before.Contains(e.Id));
        Assert.Equal((personId!.Value, residentId, 1), (entered.PersonId, entered.ResidentId!.Value, entered.Count));
        var resident = await factory.ResidentOfAsync("nanjing", q => q.Where(r => r.Id == residentId));
        Assert.Equal((resident.GridId, resident.OwnerUnitId), (entered.GridId!.Value, entered.OwnerUnitId));
        Assert.Equal((FieldWorkStatus.Active, personId, entered.OccurredAt),
            (entered.Status, entered.RecordedById, entered.ReceivedAt));
        Assert.False(string.IsNullOrEmpty(entered.RecordedByClient));
    }

    [Fact]
    public async Task Residents_are_found_by_ID_number_in_scope_and_each_lookup_is_audited()
    {
        var resident = await factory.ResidentOfAsync("longxiang");
        const string Query = "query($n: String!) { residentsByIdNumber(idNumber: $n) { id name } }";

        var found = await factory.CreateGraphQLClient("demo-station")
            .QueryAsync(Query, new { n = resident.IdNumber.ToLowerInvariant() + " " });
        var foreign = await Nanjing.QueryAsync(Query, new { n = resident.IdNumber });

        Assert.Equal(Id("Resident", resident.Id), Assert.Single(found["residentsByIdNumber"]!.AsArray())!.Str("id"));
        Assert.Empty(foreign["residentsByIdNumber"]!.AsArray());
        var audited = await factory.WithDbAsync(db => db.AuditRecords
            .Where(r => r.Operation == "pii.read:Query.residentsByIdNumber").OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(["demo-station", "demo-nanjing"], audited.Select(r => r.ClientId));
        Assert.Equal([Id("Resident", resident.Id)], audited[0].Objects());
    }

    [Fact]
    public async Task Records_updated_in_a_period_are_counted_from_the_revisions()
    {
        var resident = await factory.ResidentOfAsync("nanjing");
        const string Query = "query($from: DateTime!) { registryRevisions(where: { at: { gte: $from }, "
            + "reason: { in: [UPDATED, MOVED] } }) { totalCount } }";
        var from = DateTime.UtcNow.AddMinutes(-1).ToString("O");
        var count = async () => (await Nanjing.QueryAsync(Query, new { from }))["registryRevisions"]!["totalCount"]!
            .GetValue<int>();
        var before = await count();

        (await Nanjing.WriteAsync("updateResident", new
        {
            id = Id("Resident", resident.Id), version = resident.Version, name = "计数", registration = "REGISTERED",
        })).Made("resident");

        Assert.Equal(before + 1, await count());
    }
}
