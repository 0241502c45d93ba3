using Gateway.Api.FieldWork;

namespace Gateway.Benchmarks;

/// <summary>
/// A city-scale bureau, its ids fixed so scenarios can name them: one bureau (unit 1) over stations of
/// <see cref="OfficesPerStation"/> community offices each (the last one may have fewer), <see cref="GridsPerOffice"/>
/// grids and <see cref="PeoplePerOffice"/> people per office (one office police officer, two auxiliaries, the rest
/// grid workers spread over the grids), each posted to their office for the whole time.
/// </summary>
internal sealed record City(int Offices, int GridsPerOffice, int PeoplePerOffice)
{
    public const int OfficesPerStation = 20;
    public const long BureauId = 1;

    /// <summary>People an office has besides its grid workers: its police officer and two auxiliaries.</summary>
    public const int OfficeStaff = 3;

    /// <summary>The city the statistics benchmark and <c>versus-postgraphile</c> measure: 1,000 offices, 10,000
    /// grids, 30,000 people.</summary>
    public static readonly City Default = new(1000, 10, 30);

    /// <summary>The field work spans two years of county days, up to the end of November 2026.</summary>
    public static readonly DateOnly FirstDay = new(2024, 12, 1);
    public const int Days = 730;

    /// <summary>A city of about <paramref name="people"/> people: at least one grid worker an office.</summary>
    public static City Of(int offices, int gridsPerOffice, int people) =>
        new(offices, gridsPerOffice, Math.Max(OfficeStaff + 1, people / offices));

    public int Stations => (Offices + OfficesPerStation - 1) / OfficesPerStation;
    public int Grids => Offices * GridsPerOffice;
    public int People => Offices * PeoplePerOffice;

    public long StationId(int station) => 2 + station;
    public long OfficeId(int office) => 2 + Stations + office;
    public static int StationOf(int office) => office / OfficesPerStation;
    public string StationPath(int station) => $"/1/{StationId(station)}/";
    public string OfficePath(int office) => $"{StationPath(StationOf(office))}{OfficeId(office)}/";
    public long GridId(int office, int grid) => (long)office * GridsPerOffice + grid + 1;
    public long PersonId(int office, int person) => (long)office * PeoplePerOffice + person + 1;
    public OrgUnitRef Station(int station) => new(StationId(station), StationPath(station));
    public OrgUnitRef Office(int office) => new(OfficeId(office), OfficePath(office));

    /// <summary>The grid a grid worker (an office's <paramref name="person"/>-th, past its staff) works in.</summary>
    public int GridOfWorker(int person) => (person - OfficeStaff) % GridsPerOffice;
}
