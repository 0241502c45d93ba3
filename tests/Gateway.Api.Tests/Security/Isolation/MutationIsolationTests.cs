using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tests.Assessment;
using Gateway.Api.Tests.Grids;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Offices;
using Gateway.Api.Tests.Personnel;
using Gateway.Api.Tests.Security.Accounts;
using Gateway.Api.Tests.StationDuty;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Check 24 through the API: every demo principal changing each unit outside its scope, and a unit that does not
/// exist, through every mutation of units (as the unit changed, the parent of a new one or the station to move
/// to, the unit of a new account or machine client), gets NOT_FOUND when it may make the change at all and the
/// request-level permission error otherwise, and every unit stays as it was; the same for station work naming a
/// station, person or duty shift outside the caller's scope, for the people, postings and leave periods of every
/// unit outside its scope through every staffing mutation, and for every grid and office outside its scope through
/// every grid mutation; for field work naming a person, grid, resident, entry or unit outside its scope through
/// every field-work mutation; and for the units, officers, grid workers and assessments of every unit outside its
/// scope through every assessment mutation. Runs on its own copy of the county; every test asserts it changed
/// nothing, so the county is copied back only after the one test that makes a change on purpose.
/// </summary>
public sealed partial class MutationIsolationTests(GatewayApiFactory factory)
    : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ForgetEarlierRequestsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string EquipmentDocument = """
        mutation Equip($input: UpdateOfficeEquipmentInput!) {
          updateOfficeEquipment(input: $input) { orgUnit { id } errors { ... on Error { code } } }
        }
        """;

    public static TheoryData<string, string> ClientsAndMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in new[]
            {
                "renameOrgUnit", "updateOfficeEquipment", "createOrgUnit", "attachOrgUnit", "closeOrgUnit",
                "createAccount", "registerApiClient",
            })
            data.Add(clientId, mutation);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClientsAndMutations))]
    public async Task Changing_a_unit_outside_the_callers_scope_reads_not_found_and_changes_nothing(string clientId,
        string mutation)
    {
        var (units, principal) = await factory.WithDbAsync(async db =>
        {
            var all = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            return (all, (Path: all.Single(u => u.Id == client.OwnerUnitId).Path,
                Permissions: Roles.PermissionsOf(client.Roles)));
        });
        var outside = units.Where(u => !u.Path.StartsWith(principal.Path, StringComparison.Ordinal))
            .Select(OrgUnitRenames.IdOf).ToList();
        // The county bureau sees the whole tree; every other principal has units beyond its reach.
        Assert.True(outside.Count > 0 || principal.Path == units.Single(u => u.ParentId == null).Path, clientId);
        var mayRename = principal.Permissions.Contains(mutation switch
        {
            "createAccount" => Permissions.UsersManage,
            "registerApiClient" => Permissions.ClientsManage,
            _ => Permissions.StaffingWrite,
        });
        var client = factory.CreateGraphQLClient(clientId);

        foreach (var id in outside.Append(GlobalId.Encode("OrgUnit", units.Max(u => u.Id) + 1)))
        {
            var response = mutation switch
            {
                "renameOrgUnit" => await client.RenameAsync(id, $"Renamed by {clientId}", "越权改名"),
                "updateOfficeEquipment" => await client.PostAsync(EquipmentDocument, new
                {
                    input = new
                    {
                        id, version = 0, hasSignage = false, cameras = 99, computers = 99, mobilePoliceTerminals = 99,
                        policeBicycles = 99,
                    },
                }),
                _ => await client.PostAsync(UnitDocument(mutation), new { input = UnitInput(mutation, id, clientId) }),
            };

            if (mayRename)
            {
                response.AssertSuccess();
                Assert.Null(response.Data![mutation]![ResultField(mutation)]);
                // Every foreign unit the input names is reported, so a move names two.
                var errors = response.Data![mutation]!.Items("errors");
                Assert.NotEmpty(errors);
                Assert.All(errors, error => Assert.Equal("NOT_FOUND", error.Str("code")));
            }
            else
            {
                Assert.Null(response.Data);
                // The mutation refused, and the result type too when it needs the same permission.
                Assert.NotEmpty(response.ErrorCodes);
                Assert.All(response.ErrorCodes, code => Assert.Equal(PermissionValidationRule.AccessDenied, code));
            }
        }

        var after = await factory.WithDbAsync(db => db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync());
        Assert.Equal(units.Select(State), after.Select(State));

        static object State(Api.Offices.OrgUnit u) => (u.Id, u.Name, u.NameZh, u.Version, u.HasSignage, u.Cameras,
            u.Computers, u.MobilePoliceTerminals, u.PoliceBicycles, u.Path, u.ParentId, u.ClosedOn);
    }

    private static string ResultField(string mutation) => mutation switch
    {
        "createAccount" => "account",
        "registerApiClient" => "apiClient",
        _ => "orgUnit",
    };

    private static string UnitDocument(string mutation) =>
        $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) "
        + $"{{ {mutation}(input: $input) {{ {ResultField(mutation)} {{ id }} "
        + "errors { ... on Error { code } } } }";

    /// <summary>An input naming the foreign unit <paramref name="id"/> wherever the mutation takes a unit.</summary>
    private static object UnitInput(string mutation, string id, string clientId) => mutation switch
    {
        "createOrgUnit" => new
        {
            kind = "COMMUNITY_OFFICE", code = $"new-{clientId}", name = "New", nameZh = "新", parentId = id,
            openedOn = "2026-12-01",
        },
        "attachOrgUnit" => new { id, version = 0, stationId = id, on = "2026-12-01" },
        "createAccount" => new
        {
            unitId = id, userName = $"new.{clientId}", displayName = "New", initialPassword = "Gateway-new-2026!",
            roles = Array.Empty<string>(),
        },
        "registerApiClient" => new
        {
            clientId = $"new-{clientId}", displayName = "New", unitId = id, roles = new[] { Roles.Dashboard },
        },
        _ => new { id, version = 0, lastDay = "2026-12-31" } as object,
    };

    public static TheoryData<string, string> ClientsAndStationDutyMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in
            new[] { "scheduleDutyShift", "assignStationCase", "dispatchOfficer", "cancelDutyShift" })
            data.Add(clientId, mutation);
        return data;
    }

    /// <summary>Foreign people asked for per principal and mutation, the first and last by id.</summary>
    private const int ForeignPeopleSample = 6;

    [Theory]
    [MemberData(nameof(ClientsAndStationDutyMutations))]
    public async Task Station_work_naming_anything_outside_the_callers_scope_reads_not_found_and_writes_nothing(
        string clientId, string mutation)
    {
        var world = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
            return (Path: units.Single(u => u.Id == client.OwnerUnitId).Path,
                Permissions: Roles.PermissionsOf(client.Roles), Units: units,
                People: await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync(),
                Shifts: await db.DutyShifts.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        });
        bool Inside(string path) => path.StartsWith(world.Path, StringComparison.Ordinal);
        var ownStation = world.Units.FirstOrDefault(u => u.Kind == Api.Offices.OrgUnitKind.Station && Inside(u.Path));
        var ownPerson = world.People.First(p => p.Kind == Api.Personnel.PersonKind.Police && Inside(p.OwnerPath));
        var anyStation = StationDutyCast.Unit((ownStation ?? world.Units.First(
            u => u.Kind == Api.Offices.OrgUnitKind.Station)).Id);
        var foreignPeople = world.People.Where(p => !Inside(p.OwnerPath)).ToList();
        var people = foreignPeople.Take(ForeignPeopleSample / 2)
            .Concat(foreignPeople.Skip(
                Math.Max(ForeignPeopleSample / 2, foreignPeople.Count - ForeignPeopleSample / 2)))
            .Select(p => StationDutyCast.Person(p.Id))
            .Append(StationDutyCast.Person(world.People.Max(p => p.Id) + 1));
        var stations = world.Units.Where(u => !Inside(u.Path)).Select(u => StationDutyCast.Unit(u.Id))
            .Append(StationDutyCast.Unit(world.Units.Max(u => u.Id) + 1));
        var inputs = mutation == "cancelDutyShift"
            ? world.Shifts.Where(s => !Inside(s.OwnerPath)).Select(s => GlobalId.Encode("DutyShift", s.Id))
                .Append(GlobalId.Encode("DutyShift", world.Shifts.Max(s => s.Id) + 1))
                .Select(id => (object)new { id, version = 0, reason = "越权取消" })
            : stations.Select(station => (Station: station, Person: StationDutyCast.Person(ownPerson.Id)))
                .Concat(people.Select(person => (Station: anyStation, Person: person)))
                .Select(target => StationWork(mutation, target.Station, target.Person));
        var before = await factory.CountAsync();
        var client = factory.CreateGraphQLClient(clientId);
        var mayWrite = world.Permissions.Contains(Permissions.StaffingWrite);
        var result = mutation switch
        {
            "assignStationCase" => "stationCaseAssignment",
            "dispatchOfficer" => "dispatch",
            _ => "dutyShift",
        };
        var document = $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) " +
            $"{{ {mutation}(input: $input) {{ {result} {{ id }} errors {{ ... on Error {{ code }} }} }} }}";

        foreach (var input in inputs)
        {
            var response = await client.PostAsync(document, new { input });

            if (mayWrite)
            {
                var payload = response.Payload();
                Assert.Null(payload[result]);
                var codes = payload.Items("errors").Select(e => e.Str("code")).ToList();
                Assert.True(codes.Count > 0 && codes.All(c => c == "NOT_FOUND"), $"{clientId}: {response.Body}");
            }
            else
            {
                Assert.Null(response.Data);
                Assert.NotEmpty(response.ErrorCodes);
                Assert.All(response.ErrorCodes, code => Assert.Equal(PermissionValidationRule.AccessDenied, code));
            }
        }

        Assert.Equal(before, await factory.CountAsync());
        var after = await factory.WithDbAsync(db => db.DutyShifts.AsNoTracking().OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(world.Shifts.Select(s => (s.Id, s.Status, s.Version)),
            after.Select(s => (s.Id, s.Status, s.Version)));
    }

    private static object StationWork(string mutation, string stationId, string personId) => mutation switch
    {
        "scheduleDutyShift" => new { stationId, personId, date = new DateOnly(2026, 11, 2), kind = "DAY" },
        "assignStationCase" => new
        {
            stationId, personId, caseNumber = "XC-XS-ISOLATION", title = "越权派案", assignedOn = new DateOnly(2026, 11, 2),
        },
        _ => new
        {
            stationId, personId, dispatchedAt = "2026-11-02T10:00:00+08:00", destinationText = "越权调派",
            reason = "越权调派",
        },
    };

    private static readonly string[] StaffingMutations =
    [
        "createPerson", "updatePerson", "deactivatePerson", "postPerson", "transferPerson", "endPosting", "recordLeave",
        "cancelLeave",
    ];

    public static TheoryData<string, string> ClientsAndStaffingMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in StaffingMutations)
            data.Add(clientId, mutation);
        return data;
    }

    /// <summary>A unit's rows a staffing mutation names: the unit, a person on its file, a running posting to it and a
    /// leave period it keeps (0 where it holds none).</summary>
    private sealed record StaffingTarget(long Unit, long Person, long Posting, long Leave);

    [Theory]
    [MemberData(nameof(ClientsAndStaffingMutations))]
    public async Task Changing_staffing_outside_the_callers_scope_reads_not_found_and_changes_nothing(string clientId,
        string mutation)
    {
        var (targets, missing, principal) = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var path = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            var outside = await db.OrgUnits.Where(u => !u.Path.StartsWith(path)).Select(u => new StaffingTarget(u.Id,
                db.People.Where(p => p.OwnerUnitId == u.Id).Min(p => (long?)p.Id) ?? 0,
                db.Assignments.Where(a => a.OwnerUnitId == u.Id && a.To == null).Min(a => (long?)a.Id) ?? 0,
                db.LeavePeriods.Where(l => l.OwnerUnitId == u.Id).Min(l => (long?)l.Id) ?? 0)).ToListAsync();
            var beyond = new StaffingTarget(await db.OrgUnits.MaxAsync(u => u.Id) + 1,
                await db.People.MaxAsync(p => p.Id) + 1, await db.Assignments.MaxAsync(a => a.Id) + 1,
                await db.LeavePeriods.MaxAsync(l => l.Id) + 1);
            return (outside, beyond, (Path: path, Permissions: Roles.PermissionsOf(client.Roles)));
        });
        var mayWrite = principal.Permissions.Contains(Permissions.StaffingWrite);
        var before = await factory.StaffingStateAsync();
        var client = factory.CreateGraphQLClient(clientId);

        await AssertEachNotFoundAsync(client, mutation,
            targets.Append(missing).Select(target => StaffingInput(mutation, target)), mayWrite);
        Assert.Equal(before, await factory.StaffingStateAsync());
    }

    /// <summary>The input of <paramref name="mutation"/> naming <paramref name="target"/>'s rows, well formed
    /// otherwise; null when the unit holds no row of the kind the mutation changes.</summary>
    private static object? StaffingInput(string mutation, StaffingTarget target)
    {
        string Id(string type, long id) => GlobalId.Encode(type, id);
        var unit = Id("OrgUnit", target.Unit);
        return mutation switch
        {
            "createPerson" => new { kind = "GRID_WORKER", name = "越权", unitId = unit },
            "updatePerson" when target.Person > 0 => new { id = Id("Person", target.Person), version = 0, name = "越权" },
            "deactivatePerson" when target.Person > 0 =>
                new { id = Id("Person", target.Person), version = 0, on = "2026-11-01" },
            "postPerson" when target.Person > 0 => new
            {
                personId = Id("Person", target.Person), unitId = unit, role = "OFFICE_AUXILIARY", from = "2030-01-01",
            },
            "transferPerson" when target.Posting > 0 => new
            {
                postingId = Id("Assignment", target.Posting), version = 0, unitId = unit, role = "OFFICE_AUXILIARY",
                on = "2030-01-01",
            },
            "endPosting" when target.Posting > 0 =>
                new { id = Id("Assignment", target.Posting), version = 0, to = "2030-01-01" },
            "recordLeave" when target.Person > 0 => new
            {
                personId = Id("Person", target.Person), kind = "REST_DAY", from = "2030-01-01", to = "2030-01-01",
            },
            "cancelLeave" when target.Leave > 0 => new { id = Id("LeavePeriod", target.Leave), version = 0 },
            _ => null,
        };
    }

    private static readonly string[] GridMutations =
        ["createGrid", "redrawGrid", "declareGridHouseholds", "retireGrid", "splitGrid", "mergeGrids"];

    public static TheoryData<string, string> ClientsAndGridMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in GridMutations)
            data.Add(clientId, mutation);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClientsAndGridMutations))]
    public async Task Changing_grids_outside_the_callers_scope_reads_not_found_and_changes_nothing(string clientId,
        string mutation)
    {
        var (grids, offices, principal) = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var path = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            var missingGrid = await db.Grids.MaxAsync(g => g.Id) + 1;
            var missingOffice = (Id: await db.OrgUnits.MaxAsync(u => u.Id) + 1,
                Community: await db.ExternalOrganisations.MinAsync(o => o.Id));
            return (
                (await db.Grids.Where(g => !g.OwnerPath.StartsWith(path)).Select(g => g.Id).ToListAsync())
                    .Append(missingGrid).ToList(),
                (await db.OrgUnits.Where(u => !u.Path.StartsWith(path) && u.HostCommunityId != null)
                    .Select(u => new { u.Id, Community = u.HostCommunityId!.Value }).ToListAsync())
                    .Select(u => (u.Id, u.Community)).Append(missingOffice).ToList(),
                (Path: path, Permissions: Roles.PermissionsOf(client.Roles)));
        });
        var mayWrite = principal.Permissions.Contains(Permissions.StaffingWrite);
        var before = await factory.GridStateAsync();
        var client = factory.CreateGraphQLClient(clientId);
        var inputs = mutation == "createGrid"
            ? offices.Select(office => GridInput(mutation, GlobalId.Encode("OrgUnit", office.Id),
                GlobalId.Encode("ExternalOrganisation", office.Community)))
            : grids.Select(grid => GridInput(mutation, GlobalId.Encode("Grid", grid),
                GlobalId.Encode("Grid", grids[^1] + 1)));

        await AssertEachNotFoundAsync(client, mutation, inputs, mayWrite);

        Assert.Equal(before, await factory.GridStateAsync());
    }

    /// <summary>The input of the grid mutation naming the grid (or, for a create, the office and its community) given,
    /// well formed otherwise; a merge names a second grid that does not exist.</summary>
    private static object GridInput(string mutation, string id, string otherId) => mutation switch
    {
        "createGrid" => new
        {
            officeId = id, communityId = otherId, code = "X-01", name = "越权网格", streets = new[] { "越权街" },
            households = 400, openedOn = "2030-01-01",
        },
        "redrawGrid" => new { id, version = 0, on = "2030-01-01", name = "越权" },
        "declareGridHouseholds" => new { id, version = 0, on = "2030-01-01", households = 400 },
        "retireGrid" => new { id, version = 0, lastDay = "2030-01-01" },
        "splitGrid" => new
        {
            id, version = 0, on = "2030-01-01", parts = new[]
            {
                new { code = "X-01", name = "越权一", streets = new[] { "越权街" }, households = 400 },
                new { code = "X-02", name = "越权二", streets = new[] { "越权路" }, households = 400 },
            },
        },
        _ => new
        {
            grids = new[] { new { id, version = 0 }, new { id = otherId, version = 0 } }, on = "2030-01-01",
            code = "X-01", name = "越权",
        } as object,
    };

    private static readonly string[] FieldWorkMutations =
        ["recordFieldWork", "recordFieldWorkDay", "correctFieldWork", "voidFieldWork", "setWorkTargets"];

    public static TheoryData<string, string> ClientsAndFieldWorkMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in FieldWorkMutations)
            data.Add(clientId, mutation);
        return data;
    }

    /// <summary>The first and last few of <paramref name="ids"/>, and one past every id.</summary>
    private static IEnumerable<long> SampleAndBeyond(IReadOnlyList<long> ids, long max) =>
        ids.Take(ForeignPeopleSample / 2).Concat(ids.Skip(Math.Max(ForeignPeopleSample / 2,
            ids.Count - ForeignPeopleSample / 2))).Append(max + 1);

    [Theory]
    [MemberData(nameof(ClientsAndFieldWorkMutations))]
    public async Task Field_work_naming_anything_outside_the_callers_scope_reads_not_found_and_writes_nothing(
        string clientId, string mutation)
    {
        var world = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var path = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            async Task<(List<long> Outside, long Max, long? Inside)> IdsAsync<T>(IQueryable<T> rows)
                where T : Api.Data.TenantOwnedEntity => (
                await rows.Where(r => !r.OwnerPath.StartsWith(path)).OrderBy(r => r.Id).Select(r => r.Id)
                    .ToListAsync(),
                await rows.MaxAsync(r => r.Id),
                await rows.Where(r => r.OwnerPath.StartsWith(path)).OrderBy(r => r.Id).Select(r => (long?)r.Id)
                    .FirstOrDefaultAsync());
            var officer = await db.Assignments.Where(a => a.OwnerPath.StartsWith(path)
                    && a.Role == Api.Personnel.AssignmentRole.OfficePolice && a.To == null)
                .Select(a => (long?)a.PersonId).FirstOrDefaultAsync();
            return (Permissions: Roles.PermissionsOf(client.Roles), Officer: officer,
                // A mediator seated on a committee above the caller is read through the seat, not foreign.
                People: await IdsAsync(db.People.Where(p => !db.MediationMembers.Any(m => m.PersonId == p.Id
                    && path.StartsWith(m.OwnerPath)))), Grids: await IdsAsync(db.Grids),
                Residents: await IdsAsync(db.Residents), Events: await IdsAsync(db.FieldWorkEvents),
                Units: (Outside: await db.OrgUnits.Where(u => !u.Path.StartsWith(path)).OrderBy(u => u.Id)
                    .Select(u => u.Id).ToListAsync(), Max: await db.OrgUnits.MaxAsync(u => u.Id)));
        });
        string Id(string type, long id) => GlobalId.Encode(type, id);
        // A person in scope posted to an office, so only the foreign id named can refuse the work.
        var own = Id("Person", world.Officer ?? world.People.Inside ?? 0);
        object Work(string personId, string? gridId = null, string? residentId = null) => mutation == "recordFieldWork"
            ? new { personId, kind = "HOME_VISIT", occurredAt = "2026-10-15T10:00:00+08:00", count = 1, gridId,
                residentId }
            : new { personId, day = "2026-10-15", events = new[] { new { kind = "HOME_VISIT",
                occurredAt = "2026-10-15T10:00:00+08:00", count = 1, gridId, residentId, idempotencyKey = "iso" } } };
        var inputs = mutation switch
        {
            "correctFieldWork" => SampleAndBeyond(world.Events.Outside, world.Events.Max).Select(id => (object)new
            {
                id = Id("FieldWorkEvent", id), version = 0, reason = "越权更正", kind = "PATROL",
                occurredAt = "2026-10-15T10:00:00+08:00", count = 1,
            }),
            "voidFieldWork" => SampleAndBeyond(world.Events.Outside, world.Events.Max)
                .Select(id => (object)new { id = Id("FieldWorkEvent", id), version = 0, reason = "越权作废" }),
            "setWorkTargets" => SampleAndBeyond(world.Units.Outside, world.Units.Max).Select(id => (object)new
            {
                unitId = Id("OrgUnit", id), residentsVisitedPerDay = 1, visitDaysPerWeek = 1,
                specialGroupServicesPerMonth = 1, populationRecordsPerOfficePerDay = 1,
                vehicleChecksPerOfficePerDay = 1,
            }),
            _ => SampleAndBeyond(world.People.Outside, world.People.Max).Select(id => Work(Id("Person", id)))
                .Concat(SampleAndBeyond(world.Grids.Outside, world.Grids.Max)
                    .Select(id => Work(own, gridId: Id("Grid", id))))
                .Concat(SampleAndBeyond(world.Residents.Outside, world.Residents.Max)
                    .Select(id => Work(own, residentId: Id("Resident", id)))),
        };
        var mayWrite = world.Permissions.Contains(Permissions.FieldWorkWrite);
        var before = await FieldWorkStateAsync();
        var client = factory.CreateGraphQLClient(clientId);

        await AssertEachNotFoundAsync(client, mutation, inputs, mayWrite);

        Assert.Equal(before, await FieldWorkStateAsync());
    }

    /// <summary>Every field-work entry and set of targets as stored, to show that a refusal changed nothing.</summary>
    private Task<string> FieldWorkStateAsync() => factory.WithDbAsync(async db => string.Join('\n',
        (await db.FieldWorkEvents.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Status, e.Version, e.Count }).ToListAsync()).Select(e => e.ToString())
        .Concat((await db.WorkTargets.AsNoTracking().OrderBy(t => t.Id).ToListAsync()).Select(t =>
            $"T{t.Id} {t.OwnerUnitId} {t.ResidentsVisitedPerDay} {t.VisitDaysPerWeek} {t.Version}"))));

    private static readonly string[] AssessmentMutations =
    [
        "addDutyItem", "retireDutyItem", "setAssessmentWeights", "openOfficerAssessment", "recordAssessmentScore",
        "assessGridWorker",
    ];

    public static TheoryData<string, string> ClientsAndAssessmentMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in AssessmentMutations)
            data.Add(clientId, mutation);
        return data;
    }

    /// <summary>A unit's rows an assessment mutation names: the unit, its community officer, a grid worker and an
    /// officer's assessment it keeps (0 where it holds none).</summary>
    private sealed record AssessmentTarget(long Unit, long Officer, long GridWorker, long Assessment);

    [Theory]
    [MemberData(nameof(ClientsAndAssessmentMutations))]
    public async Task Assessing_outside_the_callers_scope_reads_not_found_and_changes_nothing(string clientId,
        string mutation)
    {
        var (targets, permissions) = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var path = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            var outside = await db.OrgUnits.Where(u => !u.Path.StartsWith(path)).Select(u => new AssessmentTarget(u.Id,
                db.Assignments.Where(a => a.UnitId == u.Id && a.Role == Api.Personnel.AssignmentRole.OfficePolice)
                    .Min(a => (long?)a.PersonId) ?? 0,
                db.Assignments.Where(a => a.UnitId == u.Id && a.Role == Api.Personnel.AssignmentRole.GridWorker)
                    .Min(a => (long?)a.PersonId) ?? 0,
                db.OfficerAssessments.Where(a => a.OwnerUnitId == u.Id).Min(a => (long?)a.Id) ?? 0)).ToListAsync();
            var beyond = new AssessmentTarget(await db.OrgUnits.MaxAsync(u => u.Id) + 1,
                await db.People.MaxAsync(p => p.Id) + 1, await db.People.MaxAsync(p => p.Id) + 2,
                await db.OfficerAssessments.MaxAsync(a => a.Id) + 1);
            return (outside.Append(beyond).ToList(), Roles.PermissionsOf(client.Roles));
        });
        var needed = mutation is "addDutyItem" or "retireDutyItem" or "setAssessmentWeights"
            ? Permissions.AssessmentConfigure : Permissions.AssessmentWrite;
        var mayWrite = permissions.Contains(needed);
        var before = await factory.AssessmentStateAsync();
        var client = factory.CreateGraphQLClient(clientId);

        await AssertEachNotFoundAsync(client, mutation,
            targets.Select(target => AssessmentInput(mutation, target)), mayWrite);
        Assert.Equal(before, await factory.AssessmentStateAsync());
    }

    /// <summary>The input of <paramref name="mutation"/> naming <paramref name="target"/>'s rows, well formed
    /// otherwise; null when the unit holds no row of the kind the mutation names. The catalogue is shared, so its
    /// mutations name a duty item or category that does not exist.</summary>
    private static object? AssessmentInput(string mutation, AssessmentTarget target)
    {
        string Id(string type, long id) => GlobalId.Encode(type, id);
        return mutation switch
        {
            "addDutyItem" => new { categoryId = Id("DutyCategory", 99), code = "ISO-1", textZh = "越权", text = "x" },
            "retireDutyItem" => new { id = Id("DutyItem", 100_000 + target.Unit), version = 0 },
            "setAssessmentWeights" => new
            {
                unitId = Id("OrgUnit", target.Unit), bureau = 90, community = 5, residents = 5,
            },
            "openOfficerAssessment" when target.Officer > 0 => new
            {
                officerId = Id("Person", target.Officer), officeId = Id("OrgUnit", target.Unit), from = "2026-11-01",
                to = "2026-11-30",
            },
            "recordAssessmentScore" when target.Assessment > 0 => new
            {
                id = Id("OfficerAssessment", target.Assessment), version = 0, party = "COMMUNITY", score = 10,
            },
            "assessGridWorker" when target.GridWorker > 0 && target.Officer > 0 => new
            {
                gridWorkerId = Id("Person", target.GridWorker), officerId = Id("Person", target.Officer),
                from = "2026-11-01", to = "2026-11-30", score = 10,
            },
            _ => null,
        };
    }

    /// <summary>No machine client configures the assessment, so a system administrator of an office stands in for a
    /// caller with <c>assessment.configure</c> below the top: other units' weights read not found.</summary>
    [Fact]
    public async Task Setting_weights_outside_the_callers_scope_reads_not_found_and_changes_nothing()
    {
        try
        {
            await SetWeightsAsAnOfficeAdministratorAsync();
        }
        finally
        {
            await factory.ResetToSeededCountyAsync();
        }
    }

    private async Task SetWeightsAsAnOfficeAdministratorAsync()
    {
        var units = await factory.WithDbAsync(db => db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync());
        var nanjing = units.Single(u => u.Code == "nanjing");
        await factory.WithUsersAsync(async users =>
        {
            var admin = await users.UserAsync("bureau.admin");
            admin.UnitId = nanjing.Id;
            return await users.UpdateAsync(admin);
        });
        var admin = (await UserSignIn.SignInAsync(factory, "bureau.admin")).Client;
        var before = await factory.AssessmentStateAsync();

        foreach (var unit in units.Where(u => !u.Path.StartsWith(nanjing.Path, StringComparison.Ordinal)))
        {
            var payload = await admin.AssessAsync("setAssessmentWeights",
                new { unitId = GlobalId.Encode("OrgUnit", unit.Id), bureau = 90, community = 5, residents = 5 });
            Assert.Equal(["NOT_FOUND"], payload.Items("errors").Select(e => e.Str("code")));
        }

        Assert.Equal(before, await factory.AssessmentStateAsync());
        (await admin.AssessAsync("setAssessmentWeights", new
        {
            unitId = GlobalId.Encode("OrgUnit", nanjing.Id), bureau = 90, community = 5, residents = 5,
        })).Made("assessmentWeights");
    }

    private static readonly string[] InformantMutations =
    [
        "registerInformant", "renewInformantAuthorisation", "assignInformantHandler", "assignInformantController",
        "deactivateInformant", "taskInformant", "logInformantContact", "recordInformantTraining", "recordTip",
        "markTipUseful", "disseminateTip", "offerReward", "approveReward", "declineReward", "payReward",
        "correctReward",
    ];

    public static TheoryData<string, string> ClientsAndInformantMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in InformantMutations)
            data.Add(clientId, mutation);
        return data;
    }

    /// <summary>A unit's rows an informant mutation names: the unit, a person it keeps, an informant, a tip and a
    /// reward (0 where it holds none).</summary>
    private sealed record InformantTarget(long Unit, long Person, long Informant, long Tip, long Reward);

    [Theory]
    [MemberData(nameof(ClientsAndInformantMutations))]
    public async Task Informant_work_outside_the_callers_scope_reads_not_found_and_changes_nothing(string clientId,
        string mutation)
    {
        var (targets, permissions) = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var path = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            var outside = await db.OrgUnits.Where(u => !u.Path.StartsWith(path)).Select(u => new InformantTarget(u.Id,
                db.People.Where(p => p.OwnerUnitId == u.Id).Min(p => (long?)p.Id) ?? 0,
                db.Informants.Where(i => i.OwnerUnitId == u.Id).Min(i => (long?)i.Id) ?? 0,
                db.Tips.Where(t => t.OwnerUnitId == u.Id).Min(t => (long?)t.Id) ?? 0,
                db.Rewards.Where(r => r.OwnerUnitId == u.Id).Min(r => (long?)r.Id) ?? 0)).ToListAsync();
            var beyond = new InformantTarget(await db.OrgUnits.MaxAsync(u => u.Id) + 1,
                await db.People.MaxAsync(p => p.Id) + 1, await db.Informants.MaxAsync(i => i.Id) + 1,
                await db.Tips.MaxAsync(t => t.Id) + 1, await db.Rewards.MaxAsync(r => r.Id) + 1);
            return (outside.Append(beyond).ToList(), Roles.PermissionsOf(client.Roles));
        });
        var mayWrite = permissions.Contains(Permissions.InformantsWrite);
        var before = await InformantStateAsync();
        var lastAudit = await Staffing.LastAuditIdAsync(factory);
        var client = factory.CreateGraphQLClient(clientId);

        await AssertEachNotFoundAsync(client, mutation, targets.Select(target => InformantInput(mutation, target)),
            mayWrite);

        Assert.Equal(before, await InformantStateAsync());
        if (mayWrite)
            Assert.NotEmpty(await factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Id > lastAudit
                && r.Operation == Api.GraphQL.Mutations.MutationRunner.AuditOperationPrefix + mutation
                && r.Outcome == Api.Audit.AuditOutcome.Denied).ToListAsync()));
    }

    /// <summary>The input of <paramref name="mutation"/> naming <paramref name="target"/>'s rows, well formed
    /// otherwise; null when the unit holds no row of the kind the mutation names.</summary>
    private static object? InformantInput(string mutation, InformantTarget target)
    {
        string Id(string type, long id) => GlobalId.Encode(type, id);
        var person = Id("Person", target.Person);
        var informant = Id("Informant", target.Informant);
        var reward = Id("Reward", target.Reward);
        return mutation switch
        {
            "registerInformant" when target.Person > 0 => new
            {
                unitId = Id("OrgUnit", target.Unit), codeName = "越权-01", occupation = "TAXI_DRIVER",
                recruitedOn = "2026-11-01", realName = "越权", idNumber = "11010519491231002X", phone = "13800000000",
                handlerId = person, controllerId = person,
            },
            _ when target.Informant == 0 || target.Person == 0 => null,
            "renewInformantAuthorisation" => new { informantId = informant },
            "assignInformantHandler" or "assignInformantController" =>
                new { informantId = informant, personId = person, on = "2026-11-01" },
            "deactivateInformant" => new { id = informant, version = 0, reason = "越权" },
            "taskInformant" => new { informantId = informant, direction = "越权", dueBy = "2099-01-01" },
            "logInformantContact" => new
            {
                informantId = informant, method = "PHONE", contactedAt = "2026-11-01T02:00:00Z", officerId = person,
            },
            "recordInformantTraining" =>
                new { informantId = informant, topic = "CONFIDENTIALITY", trainedOn = "2026-11-01" },
            "recordTip" => new
            {
                informantId = informant, content = "越权", sourceReliability = "UNTESTED", assessment = "NOT_KNOWN",
                receivedAt = "2026-11-01T02:00:00Z", receivedById = person,
            },
            _ when target.Tip == 0 => null,
            "markTipUseful" => new { id = Id("Tip", target.Tip), version = 0 },
            "disseminateTip" => new { tipId = Id("Tip", target.Tip), recipients = new[] { "越权" } },
            "offerReward" => new { tipId = Id("Tip", target.Tip), amount = 100 },
            _ when target.Reward == 0 => null,
            "approveReward" => new { rewardId = reward, approverId = person },
            "declineReward" => new { rewardId = reward, reason = "越权" },
            "payReward" => new { rewardId = reward },
            "correctReward" => new { rewardId = reward, correctedAmount = 100, reason = "越权" },
            _ => throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null),
        };
    }

    /// <summary>Every informant row as stored, to show that a refusal changed nothing.</summary>
    private Task<string> InformantStateAsync() => factory.WithDbAsync(async db => string.Join(' ',
        await db.Informants.CountAsync(), await db.Informants.SumAsync(i => i.Version),
        await db.InformantAuthorisations.CountAsync(), await db.InformantHandlings.CountAsync(),
        await db.InformantHandlings.CountAsync(h => h.To == null), await db.InformantTaskings.CountAsync(),
        await db.InformantContacts.CountAsync(), await db.InformantTrainings.CountAsync(), await db.Tips.CountAsync(),
        await db.Tips.SumAsync(t => t.Version), await db.TipDisseminations.CountAsync(), await db.Rewards.CountAsync(),
        await db.RewardEntries.CountAsync()));

    /// <summary>
    /// Sends <paramref name="mutation"/> once per input (null inputs skipped), selecting only its errors: a caller that
    /// may make the change gets NOT_FOUND and nothing else; one that may not is refused once, for the mutation. Fails
    /// when nothing was sent, which would pass by checking nothing.
    /// </summary>
    private static async Task AssertEachNotFoundAsync(GraphQLClient client, string mutation,
        IEnumerable<object?> inputs, bool mayWrite)
    {
        var sent = 0;
        foreach (var input in inputs.OfType<object>())
        {
            var response = await client.PostAsync(
                $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) "
                + $"{{ {mutation}(input: $input) {{ errors {{ ... on Error {{ code }} }} }} }}", new { input });
            sent++;
            if (mayWrite)
            {
                response.AssertSuccess();
                var codes = response.Data![mutation]!.Items("errors").Select(e => e.Str("code")).ToList();
                Assert.True(codes.Count > 0 && codes.All(c => c == "NOT_FOUND"), $"{mutation}: {response.Body}");
            }
            else
            {
                Assert.Null(response.Data);
                Assert.Equal([PermissionValidationRule.AccessDenied], response.ErrorCodes);
            }
        }
        Assert.True(sent > 0, $"No {mutation} was sent.");
    }
}
