using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Mediation;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;
using Gateway.Api.Requests;
using Gateway.Api.Security;
using Gateway.Api.Security.Clients;
using Gateway.Api.Security.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClientPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Gateway.Benchmarks;

/// <summary>
/// Writes a <see cref="City"/> and its field work, registry, mediation cases and diverted requests into a database the
/// app's migrations made, with ids fixed, through <see cref="CityTables"/> (binary COPY on PostgreSQL, multi-row
/// INSERTs on SQLite; the change tracker would cost more than the rows), in one transaction. Every table draws from a
/// random generator of its own seeded from the seed, so the same seed writes the same rows on either engine; only
/// ciphertexts differ, their nonces being random. Sensitive columns are encrypted and blind-indexed with the app's
/// keys, as the app would store them.
/// </summary>
internal sealed class CityGenerator(City city, long events, int seed, ColumnProtector protector, BlindIndex blindIndex,
    RequestDeadlines deadlines)
{
    public const string ClientId = "city-bureau";

    /// <summary>Registry per grid: standard addresses, one house at each, residents per house.</summary>
    private const int AddressesPerGrid = 4;
    private const int ResidentsPerHouse = 2;
    private const int MediationCasesPerOffice = 3;
    private const int RequestsPerOffice = 5;

    private static readonly DateTime RecordedAt = new(2025, 3, 1, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>How often each kind is recorded, out of 100.</summary>
    private static readonly (FieldWorkKind Kind, int Weight)[] KindWeights =
    [
        (FieldWorkKind.ResidentVisit, 22), (FieldWorkKind.HomeVisit, 14), (FieldWorkKind.EnterpriseVisit, 7),
        (FieldWorkKind.SpecialGroupService, 4), (FieldWorkKind.PopulationRecordEntry, 10),
        (FieldWorkKind.VehicleCheck, 10), (FieldWorkKind.Patrol, 12), (FieldWorkKind.Publicity, 5),
        (FieldWorkKind.Inspection, 5), (FieldWorkKind.DisputeResolution, 4), (FieldWorkKind.Intelligence, 3),
        (FieldWorkKind.ServiceToResidents, 4),
    ];

    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] GivenNames =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
            "刚", "桂英", "建华", "文", "华", "红", "志强", "小燕", "海燕", "建国"];
    private static readonly string[] Streets = ["人民路", "长江路", "南岸街", "翠屏路", "滨江大道", "西城街", "金沙路", "东风路"];

    public static CityGenerator For(IServiceProvider services, City city, long events, int seed) => new(city, events,
        seed, services.GetRequiredService<ColumnProtector>(), services.GetRequiredService<BlindIndex>(),
        services.GetRequiredService<RequestDeadlines>());

    private long Houses => (long)city.Grids * AddressesPerGrid;

    /// <summary>Every row <see cref="InsertAsync"/> writes, for the progress bar.</summary>
    public long Rows => city.Offices * 2L + 1 + city.Stations * 2L + city.Grids + city.People * 2L + events
        + Houses * (2 + ResidentsPerHouse) + city.Offices * (MediationCasesPerOffice * 3L + RequestsPerOffice);

    public async Task InsertAsync(GatewayDbContext db, GenerationProgress progress)
    {
        if (await db.OrgUnits.AnyAsync())
            throw new InvalidOperationException("The city is generated into a database without units.");
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var tables = await CityTables.ForAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(),
                progress);
            await InsertUnitsAsync(tables);
            await InsertPeopleAsync(tables);
            await InsertRegistryAsync(tables);
            await InsertMediationAsync(tables);
            await InsertRequestsAsync(tables);
            await InsertFieldWorkAsync(tables);
            await transaction.CommitAsync();
        });
        progress.Finish();
    }

    /// <summary>The random draws of one table, the same whatever else is generated.</summary>
    private Random RandomFor(int table) => new(unchecked(seed * 7919 + table));

    private async Task InsertUnitsAsync(CityTables tables)
    {
        await using (var communities = await tables.OpenAsync("ExternalOrganisations", "Id", "Kind", "Name", "NameZh"))
            for (var o = 0; o < city.Offices; o++)
                communities.Add((long)o + 1, ExternalOrganisationKind.Community, $"City community {o + 1}",
                    $"城区第{o + 1}社区");

        await using (var units = await tables.OpenAsync("OrgUnits", "Id", "Code", "Name", "NameZh", "Kind",
            "ParentId", "Path", "HostCommunityId", "HasSignage", "Cameras", "Computers", "MobilePoliceTerminals",
            "PoliceBicycles", "Version", "OpenedOn"))
        {
            var opened = new DateOnly(2016, 1, 1);
            units.Add(City.BureauId, "city-bureau", "City Public Security Bureau", "市公安局", OrgUnitKind.CountyBureau,
                null, "/1/", null, true, 0, 0, 0, 0, 0, opened);
            for (var s = 0; s < city.Stations; s++)
                units.Add(city.StationId(s), $"station-{s + 1:D2}", $"Station {s + 1}", $"第{s + 1}派出所",
                    OrgUnitKind.Station, City.BureauId, city.StationPath(s), null, true, 0, 0, 0, 0, 0, opened);
            for (var o = 0; o < city.Offices; o++)
                units.Add(city.OfficeId(o), $"office-{o + 1:D4}", $"Community Office {o + 1}", $"第{o + 1}社区警务室",
                    OrgUnitKind.CommunityOffice, city.StationId(City.StationOf(o)), city.OfficePath(o), (long)o + 1,
                    true, 4, 2, 2, 1, 0, opened.AddYears(1));
        }

        await using var grids = await tables.OpenAsync("Grids", "Id", "Code", "CommunityId", "Households", "Name",
            "OpenedOn", "OwnerPath", "OwnerUnitId", "Residents", "Streets", "Version");
        for (var o = 0; o < city.Offices; o++)
            for (var g = 0; g < city.GridsPerOffice; g++)
                grids.Add(city.GridId(o, g), $"G{o + 1:D4}-{g + 1:D2}", (long)o + 1, 300, $"第{o + 1}社区第{g + 1}网格",
                    new DateOnly(2017, 1, 1), city.OfficePath(o), city.OfficeId(o), 750, Streets[g % Streets.Length],
                    0);
    }

    private async Task InsertPeopleAsync(CityTables tables)
    {
        var random = RandomFor(1);
        await using (var people = await tables.OpenAsync("People", "Id", "Kind", "Name", "OwnerPath", "OwnerUnitId",
            "Version"))
            for (var o = 0; o < city.Offices; o++)
                for (var p = 0; p < city.PeoplePerOffice; p++)
                    people.Add(city.PersonId(o, p), KindOf(p).Kind, Name(random), city.OfficePath(o),
                        city.OfficeId(o), 0);

        await using var postings = await tables.OpenAsync("Assignments", "Id", "From", "GridId", "OwnerPath",
            "OwnerUnitId", "PersonId", "Role", "UnitId", "Version");
        for (var o = 0; o < city.Offices; o++)
            for (var p = 0; p < city.PeoplePerOffice; p++)
            {
                var role = KindOf(p).Role;
                postings.Add(city.PersonId(o, p), new DateOnly(2017, 1, 1),
                    role == AssignmentRole.GridWorker ? city.GridId(o, city.GridOfWorker(p)) : null,
                    city.OfficePath(o), city.OfficeId(o), city.PersonId(o, p), role, city.OfficeId(o), 0);
            }
    }

    private static (PersonKind Kind, AssignmentRole Role) KindOf(int personInOffice) => personInOffice switch
    {
        0 => (PersonKind.Police, AssignmentRole.OfficePolice),
        < City.OfficeStaff => (PersonKind.AuxiliaryPolice, AssignmentRole.OfficeAuxiliary),
        _ => (PersonKind.GridWorker, AssignmentRole.GridWorker),
    };

    /// <summary>Per grid <see cref="AddressesPerGrid"/> standard addresses, a house at each and
    /// <see cref="ResidentsPerHouse"/> residents living in it; one resident in twenty of a special group.</summary>
    private async Task InsertRegistryAsync(CityTables tables)
    {
        var random = RandomFor(2);
        await using (var addresses = await tables.OpenAsync("StandardAddresses", "Id", "GridId", "DivisionCode",
            "Street", "DoorNumber", "Building", "BuildingUnit", "Floor", "Room", "Version", "OwnerUnitId",
            "OwnerPath"))
            ForEachHouse((house, office, grid) => addresses.Add(house, city.GridId(office, grid), "511502",
                Streets[grid % Streets.Length], $"{house % 200 + 1}号", $"{house % 9 + 1}栋", $"{house % 3 + 1}单元",
                (int)(house % 18) + 1, $"{house % 18 + 1}0{house % 4 + 1}", 0, city.OfficeId(office),
                city.OfficePath(office)));

        await using (var houses = await tables.OpenAsync("Houses", "Id", "GridId", "AddressId", "Use", "HolderName",
            "HolderPhone", "Rooms", "RecordedAt", "UpdatedAt", "LastVerifiedAt", "Version", "OwnerUnitId",
            "OwnerPath"))
            ForEachHouse((house, office, grid) => houses.Add(house, city.GridId(office, grid), house,
                random.Next(10) == 0 ? HouseUse.Rental : HouseUse.OwnerOccupied, Name(random),
                protector.Protect(Phone(random)), 2 + random.Next(4), RecordedAt, RecordedAt, RecordedAt, 0,
                city.OfficeId(office), city.OfficePath(office)));

        await using var residents = await tables.OpenAsync("Residents", "Id", "GridId", "AddressId", "Name",
            "IdNumber", "IdNumberIndex", "Phone", "Registration", "SpecialGroup", "MentalHealthRisk", "RecordedAt",
            "UpdatedAt", "LastVerifiedAt", "Version", "OwnerUnitId", "OwnerPath");
        ForEachHouse((house, office, grid) =>
        {
            for (var r = 0; r < ResidentsPerHouse; r++)
            {
                var id = (house - 1) * ResidentsPerHouse + r + 1;
                var idNumber = IdNumber(id);
                residents.Add(id, city.GridId(office, grid), house, Name(random), protector.Protect(idNumber),
                    blindIndex.Of(idNumber), protector.Protect(Phone(random)),
                    random.Next(5) == 0 ? Registration.Floating : Registration.Registered,
                    random.Next(20) == 0 ? SpecialGroup.ElderlyLivingAlone : null,
                    protector.Protect(SensitiveText.Write(false)), RecordedAt, RecordedAt, RecordedAt, 0,
                    city.OfficeId(office), city.OfficePath(office));
            }
        });
    }

    /// <summary>Each house's id (from 1), office and grid, in id order.</summary>
    private void ForEachHouse(Action<long, int, int> write)
    {
        for (var o = 0; o < city.Offices; o++)
            for (var g = 0; g < city.GridsPerOffice; g++)
                for (var a = 0; a < AddressesPerGrid; a++)
                    write(((long)o * city.GridsPerOffice + g) * AddressesPerGrid + a + 1, o, g);
    }

    /// <summary>A committee per station; per office <see cref="MediationCasesPerOffice"/> cases registered in one of
    /// its grids in 2026, a third of them accepted, each with an applicant and a respondent.</summary>
    private async Task InsertMediationAsync(CityTables tables)
    {
        var random = RandomFor(3);
        await using (var committees = await tables.OpenAsync("MediationCommittees", "Id", "Name", "NameZh",
            "Version", "OwnerUnitId", "OwnerPath"))
            for (var s = 0; s < city.Stations; s++)
                committees.Add((long)s + 1, $"Station {s + 1} mediation committee", $"第{s + 1}派出所人民调解委员会", 0,
                    city.StationId(s), city.StationPath(s));

        var registered = new List<DateTime>();
        await using (var cases = await tables.OpenAsync("MediationCases", "Id", "CommitteeId", "GridId",
            "CaseNumber", "Kind", "Summary", "Stage", "RegisteredAt", "AcceptedAt", "Version", "OwnerUnitId",
            "OwnerPath"))
            for (var o = 0; o < city.Offices; o++)
                for (var c = 0; c < MediationCasesPerOffice; c++)
                {
                    var id = (long)o * MediationCasesPerOffice + c + 1;
                    var at = RecordedAt.AddYears(1).AddMinutes(random.Next(300 * 24 * 60));
                    var accepted = c == 0;
                    registered.Add(at);
                    cases.Add(id, (long)City.StationOf(o) + 1, city.GridId(o, random.Next(city.GridsPerOffice)),
                        $"调{at.Year}-{id:D6}", random.Next(4) == 0 ? MediationCaseKind.PublicSecurityCase
                            : MediationCaseKind.CivilDispute, "邻里因噪音和漏水发生纠纷",
                        accepted ? MediationStage.Accepted : MediationStage.Registered, at,
                        accepted ? at.AddDays(1) : null, 0, city.OfficeId(o), city.OfficePath(o));
                }

        await using var parties = await tables.OpenAsync("MediationParties", "Id", "CaseId", "Role", "Name",
            "IdNumber", "Phone", "OwnerUnitId", "OwnerPath");
        for (var o = 0; o < city.Offices; o++)
            for (var c = 0; c < MediationCasesPerOffice; c++)
            {
                var caseId = (long)o * MediationCasesPerOffice + c + 1;
                foreach (var role in new[] { MediationPartyRole.Applicant, MediationPartyRole.Respondent })
                    parties.Add((caseId - 1) * 2 + (int)role + 1, caseId, role, Name(random),
                        protector.Protect(IdNumber(10_000_000 + (caseId - 1) * 2 + (int)role)),
                        protector.Protect(Phone(random)), city.OfficeId(o), city.OfficePath(o));
            }
    }

    /// <summary>Per office <see cref="RequestsPerOffice"/> non-police requests, cleared by the four review levels and
    /// diverted to the 4312345 centre within the hour, with the deadline of their kind.</summary>
    private async Task InsertRequestsAsync(CityTables tables)
    {
        var random = RandomFor(4);
        var kinds = Enum.GetValues<RequestKind>();
        await using var requests = await tables.OpenAsync("ServiceRequests", "Id", "Number", "Kind", "ReceivedAt",
            "ReceivedBy", "CallerName", "CallerPhone", "Summary", "GridId", "Stage", "TicketNumber", "DivertedAt",
            "DivertedBy", "Deadline", "Version", "OwnerUnitId", "OwnerPath");
        for (var o = 0; o < city.Offices; o++)
            for (var r = 0; r < RequestsPerOffice; r++)
            {
                var id = (long)o * RequestsPerOffice + r + 1;
                var kind = kinds[random.Next(kinds.Length)];
                var received = RecordedAt.AddYears(1).AddMinutes(random.Next(300 * 24 * 60));
                var diverted = received.AddMinutes(10 + random.Next(50));
                requests.Add(id, $"110-{received:yyyyMMdd}-{id:D6}", kind, received, "市110指挥中心接警员",
                    protector.Protect(Name(random)), protector.Protect(Phone(random)), "小区路灯损坏多日无人维修",
                    city.GridId(o, random.Next(city.GridsPerOffice)), RequestStage.Diverted, $"12345-{id:D8}",
                    diverted, "市110指挥中心", deadlines.DeadlineOf(kind, diverted), 0, city.OfficeId(o),
                    city.OfficePath(o));
            }
    }

    /// <summary>
    /// The entries spread evenly over the <see cref="City.Days"/> days, written in day order, by people picked at
    /// random, each in their own grid (an office's police and auxiliaries in any of its grids; one entry in ten in
    /// none); 3 % voided. Their ids are the database's, given in the order written.
    /// </summary>
    private async Task InsertFieldWorkAsync(CityTables tables)
    {
        var random = RandomFor(5);
        var kinds = KindWeights.SelectMany(k => Enumerable.Repeat(k.Kind, k.Weight)).ToArray();
        await using var entries = await tables.OpenAsync("FieldWorkEvents", "PersonId", "GridId", "Kind",
            "OccurredAt", "ReceivedAt", "Count", "OwnerUnitId", "OwnerPath", "Status", "Version");
        for (long i = 0; i < events; i++)
        {
            var day = City.FirstDay.AddDays((int)(i * City.Days / events));
            // 08:00 to 20:00 county time.
            var occurredAt = CountyCalendar.StartOf(day).AddSeconds(8 * 3600 + random.Next(12 * 3600));
            var person = random.Next(city.People);
            var (office, inOffice) = (person / city.PeoplePerOffice, person % city.PeoplePerOffice);
            long? grid = random.Next(10) == 0 ? null
                : city.GridId(office, inOffice >= City.OfficeStaff ? city.GridOfWorker(inOffice)
                    : random.Next(city.GridsPerOffice));
            entries.Add(city.PersonId(office, inOffice), grid, kinds[random.Next(kinds.Length)], occurredAt,
                occurredAt.AddMinutes(5 + random.Next(120)), 1 + random.Next(5), city.OfficeId(office),
                city.OfficePath(office), random.Next(100) < 3 ? FieldWorkStatus.Voided : FieldWorkStatus.Active, 0);
        }
    }

    private static string Name(Random random) =>
        Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    private static string Phone(Random random) => "139" + random.Next(100_000_000).ToString("D8");

    /// <summary>A valid 18-character ID number of the city's division, unique per <paramref name="serial"/>: the
    /// birth day and the sequence number both come from it.</summary>
    private static string IdNumber(long serial)
    {
        var born = new DateOnly(1940, 1, 1).AddDays((int)(serial / 1000 % 25_000));
        var body = $"511502{born:yyyyMMdd}{serial % 1000:D3}";
        return body + ResidentIdNumber.CheckCharacter(body);
    }

    /// <summary>A machine client of the bureau (<see cref="ClientId"/>, secret "city-bureau-secret") with the unit
    /// integration role, for the GraphQL side of the scenarios.</summary>
    public static async Task AddClientAsync(IServiceProvider services)
    {
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(ClientId) is not null) return;
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientId + "-secret",
            ClientType = ClientTypes.Confidential,
            DisplayName = "City bureau benchmark",
            Permissions = { ClientPermissions.Endpoints.Token, ClientPermissions.GrantTypes.ClientCredentials,
                ClientPermissions.Prefixes.Scope + GatewayClaims.ApiScope },
        });
        var db = services.GetRequiredService<GatewayDbContext>();
        db.ApiClients.Add(new ApiClient
        {
            ClientId = ClientId, DisplayName = "City bureau benchmark", OwnerUnitId = City.BureauId,
            Roles = [Roles.UnitIntegration], SecurityStamp = ApiClient.NewSecurityStamp(),
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
