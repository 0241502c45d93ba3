using System.Data.Common;
using System.Globalization;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClientPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Gateway.Benchmarks;

/// <summary>
/// A city-scale bureau, its ids fixed so scenarios can name them: one bureau (unit 1) over <see cref="Stations"/>
/// stations of <see cref="OfficesPerStation"/> community offices each, <see cref="GridsPerOffice"/> grids and
/// <see cref="PeoplePerOffice"/> people per office (one office police officer, two auxiliaries, the rest grid workers
/// spread over the grids), each posted to their office for the whole time.
/// </summary>
internal static class City
{
    public const int Stations = 50;
    public const int OfficesPerStation = 20;
    public const int Offices = Stations * OfficesPerStation;
    public const int GridsPerOffice = 10;
    public const int PeoplePerOffice = 30;
    public const long BureauId = 1;

    /// <summary>The field work spans two years of county days, up to the end of November 2026.</summary>
    public static readonly DateOnly FirstDay = new(2024, 12, 1);
    public const int Days = 730;

    public static long StationId(int station) => 2 + station;
    public static long OfficeId(int office) => 2 + Stations + office;
    public static int StationOf(int office) => office / OfficesPerStation;
    public static string StationPath(int station) => $"/1/{StationId(station)}/";
    public static string OfficePath(int office) => $"{StationPath(StationOf(office))}{OfficeId(office)}/";
    public static long GridId(int office, int grid) => office * GridsPerOffice + grid + 1;
    public static long PersonId(int office, int person) => office * PeoplePerOffice + person + 1;
    public static OrgUnitRef Station(int station) => new(StationId(station), StationPath(station));
    public static OrgUnitRef Office(int office) => new(OfficeId(office), OfficePath(office));
}

/// <summary>
/// Writes <see cref="City"/> and N field-work entries into a database the app's migrations made, with raw prepared
/// INSERTs of many rows each in one transaction (the change tracker would cost more than the rows), then computes the
/// rollups with the rebuild's SQL.
/// </summary>
internal static class CityGenerator
{
    public const string ClientId = "city-bureau";

    private const int RowsPerStatement = 100;

    /// <summary>How often each kind is recorded, out of 100.</summary>
    private static readonly (FieldWorkKind Kind, int Weight)[] KindWeights =
    [
        (FieldWorkKind.ResidentVisit, 22), (FieldWorkKind.HomeVisit, 14), (FieldWorkKind.EnterpriseVisit, 7),
        (FieldWorkKind.SpecialGroupService, 4), (FieldWorkKind.PopulationRecordEntry, 10),
        (FieldWorkKind.VehicleCheck, 10), (FieldWorkKind.Patrol, 12), (FieldWorkKind.Publicity, 5),
        (FieldWorkKind.Inspection, 5), (FieldWorkKind.DisputeResolution, 4), (FieldWorkKind.Intelligence, 3),
        (FieldWorkKind.ServiceToResidents, 4),
    ];

    public static async Task InsertCityAsync(GatewayDbContext db)
    {
        if (await db.OrgUnits.AnyAsync())
            throw new InvalidOperationException("The city is generated into a database without units.");
        await using var transaction = await db.Database.BeginTransactionAsync();
        var (connection, dbTransaction) = (db.Database.GetDbConnection(), transaction.GetDbTransaction());

        await using (var communities = new BatchedInsert(connection, dbTransaction, "ExternalOrganisations",
            ["Id", "Kind", "Name", "NameZh"]))
            for (var o = 0; o < City.Offices; o++)
                await communities.AddAsync(o + 1, nameof(ExternalOrganisationKind.Community), $"City community {o + 1}",
                    $"城区第{o + 1}社区");

        await using (var units = new BatchedInsert(connection, dbTransaction, "OrgUnits",
            ["Id", "Code", "Name", "NameZh", "Kind", "ParentId", "Path", "HostCommunityId", "HasSignage", "Cameras",
                "Computers", "MobilePoliceTerminals", "PoliceBicycles", "Version", "OpenedOn"]))
        {
            await units.AddAsync(City.BureauId, "city-bureau", "City Public Security Bureau", "市公安局",
                nameof(OrgUnitKind.CountyBureau), null, "/1/", null, 1, 0, 0, 0, 0, 0, "2016-01-01");
            for (var s = 0; s < City.Stations; s++)
                await units.AddAsync(City.StationId(s), $"station-{s + 1:D2}", $"Station {s + 1}", $"第{s + 1}派出所",
                    nameof(OrgUnitKind.Station), City.BureauId, City.StationPath(s), null, 1, 0, 0, 0, 0, 0,
                    "2016-01-01");
            for (var o = 0; o < City.Offices; o++)
                await units.AddAsync(City.OfficeId(o), $"office-{o + 1:D4}", $"Community Office {o + 1}",
                    $"第{o + 1}社区警务室", nameof(OrgUnitKind.CommunityOffice), City.StationId(City.StationOf(o)),
                    City.OfficePath(o), o + 1, 1, 4, 2, 2, 1, 0, "2017-01-01");
        }

        await using (var grids = new BatchedInsert(connection, dbTransaction, "Grids",
            ["Id", "Code", "CommunityId", "Households", "Name", "OpenedOn", "OwnerPath", "OwnerUnitId", "Residents",
                "Streets", "Version"]))
            for (var o = 0; o < City.Offices; o++)
                for (var g = 0; g < City.GridsPerOffice; g++)
                    await grids.AddAsync(City.GridId(o, g), $"G{o + 1:D4}-{g + 1:D2}", o + 1, 300,
                        $"第{o + 1}社区第{g + 1}网格", "2017-01-01", City.OfficePath(o), City.OfficeId(o), 750, "",
                        0);

        await using (var people = new BatchedInsert(connection, dbTransaction, "People",
            ["Id", "Kind", "Name", "OwnerPath", "OwnerUnitId", "Version"]))
        await using (var postings = new BatchedInsert(connection, dbTransaction, "Assignments",
            ["Id", "From", "GridId", "OwnerPath", "OwnerUnitId", "PersonId", "Role", "UnitId", "Version"]))
            for (var o = 0; o < City.Offices; o++)
                for (var p = 0; p < City.PeoplePerOffice; p++)
                {
                    var (kind, role) = p switch
                    {
                        0 => (PersonKind.Police, AssignmentRole.OfficePolice),
                        < 3 => (PersonKind.AuxiliaryPolice, AssignmentRole.OfficeAuxiliary),
                        _ => (PersonKind.GridWorker, AssignmentRole.GridWorker),
                    };
                    var id = City.PersonId(o, p);
                    await people.AddAsync(id, kind.ToString(), $"P{id}", City.OfficePath(o), City.OfficeId(o), 0);
                    await postings.AddAsync(id, "2017-01-01",
                        role == AssignmentRole.GridWorker ? City.GridId(o, (p - 3) % City.GridsPerOffice) : null,
                        City.OfficePath(o), City.OfficeId(o), id, role.ToString(), City.OfficeId(o), 0);
                }
        await transaction.CommitAsync();
    }

    /// <summary>
    /// <paramref name="count"/> entries spread evenly over the <see cref="City.Days"/> days, written in day order, by
    /// people picked at random, each in their own grid (an office's police and auxiliaries in any of its grids; one
    /// entry in ten in none); 3 % voided.
    /// </summary>
    public static async Task InsertFieldWorkAsync(GatewayDbContext db, long count, Random random)
    {
        var kinds = KindWeights.SelectMany(k => Enumerable.Repeat(k.Kind.ToString(), k.Weight)).ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var people = City.Offices * City.PeoplePerOffice;
        await using (var entries = new BatchedInsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(),
            "FieldWorkEvents",
            ["PersonId", "GridId", "Kind", "OccurredAt", "ReceivedAt", "Count", "OwnerUnitId", "OwnerPath", "Status",
                "Version"]))
            for (long i = 0; i < count; i++)
            {
                var day = City.FirstDay.AddDays((int)(i * City.Days / count));
                // 08:00 to 20:00 county time.
                var occurredAt = CountyCalendar.StartOf(day).AddSeconds(8 * 3600 + random.Next(12 * 3600));
                var person = random.Next(people);
                var (office, inOffice) = (person / City.PeoplePerOffice, person % City.PeoplePerOffice);
                long? grid = random.Next(10) == 0 ? null
                    : City.GridId(office, inOffice >= 3 ? (inOffice - 3) % City.GridsPerOffice
                        : random.Next(City.GridsPerOffice));
                await entries.AddAsync(City.PersonId(office, inOffice), grid, kinds[random.Next(kinds.Length)],
                    Stored(occurredAt), Stored(occurredAt.AddMinutes(5 + random.Next(120))), 1 + random.Next(5),
                    City.OfficeId(office), City.OfficePath(office),
                    random.Next(100) < 3 ? nameof(FieldWorkStatus.Voided) : nameof(FieldWorkStatus.Active), 0);
            }
        await transaction.CommitAsync();
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

    /// <summary>An instant as EF Core stores it in SQLite.</summary>
    private static string Stored(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>One prepared <c>INSERT … VALUES (…), (…)</c> of <see cref="RowsPerStatement"/> rows, run as rows
    /// come; the rows left at the end go in one statement of their own.</summary>
    private sealed class BatchedInsert(DbConnection connection, DbTransaction transaction, string table,
        string[] columns) : IAsyncDisposable
    {
        private readonly List<object?> pending = [];
        private DbCommand? full;

        public async Task AddAsync(params object?[] row)
        {
            pending.AddRange(row);
            if (pending.Count < RowsPerStatement * columns.Length) return;
            full ??= Prepared(RowsPerStatement);
            await RunAsync(full);
        }

        public async ValueTask DisposeAsync()
        {
            if (pending.Count > 0)
            {
                await using var rest = Prepared(pending.Count / columns.Length);
                await RunAsync(rest);
            }
            if (full is not null) await full.DisposeAsync();
            full = null;
        }

        private async Task RunAsync(DbCommand command)
        {
            for (var i = 0; i < pending.Count; i++) command.Parameters[i].Value = pending[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync();
            pending.Clear();
        }

        private DbCommand Prepared(int rows)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
                + "VALUES " + string.Join(", ", Enumerable.Range(0, rows).Select(r =>
                    "(" + string.Join(", ", columns.Select((_, c) => $"$p{r * columns.Length + c}")) + ")"));
            for (var i = 0; i < rows * columns.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"$p{i}";
                command.Parameters.Add(parameter);
            }
            command.Prepare();
            return command;
        }
    }
}
