using Gateway.Api.Data;
using Gateway.Api.Offices;

namespace Gateway.Api.DemoData;

/// <summary>Departments the 4312345 centre dispatches diverted requests to.</summary>
internal enum DemoDepartment { Housing, UrbanManagement, MarketRegulation, WaterAffairs, PowerSupply, HumanResources,
    CivilAffairs, Environment }

/// <summary>A community police office and the short prefix of its codes (grid "NJ-01", case
/// "NJ-TJ-2026-001").</summary>
internal sealed record DemoOffice(OrgUnit Unit, string Prefix, ExternalOrganisation Community);

/// <summary>The tenant tree (bureau → Xunchang station → four community offices, with Furong and Jinsha merged into
/// Xunchang), the station's "three squads, one room" and the outside organisations the county works with.</summary>
internal sealed record DemoOrganisation(
    OrgUnit Bureau,
    OrgUnit Station,
    IReadOnlyList<DemoOffice> Offices,
    IReadOnlyDictionary<SquadKind, StationSquad> Squads,
    ExternalOrganisation PoliticalLegalCommittee,
    IReadOnlyDictionary<DemoDepartment, ExternalOrganisation> Departments)
{
    public const string StationPrefix = "XC";

    /// <summary>The three urban stations began working as one joint office in the reform from November 2016.</summary>
    public static readonly DateOnly StationsMergedOn = new(2016, 12, 1);
    /// <summary>The four community offices opened together.</summary>
    public static readonly DateOnly OfficesOpenedOn = new(2017, 3, 1);

    /// <summary>Code prefix of the unit that owns a record: an office's, or the station's.</summary>
    public string PrefixOf(OrgUnit owner) => Offices.FirstOrDefault(o => o.Unit == owner)?.Prefix ?? StationPrefix;

    public static DemoOrganisation Seed(GatewayDbContext db, Random random)
    {
        var politicalLegalCommittee = Organisation(ExternalOrganisationKind.PoliticalLegalCommittee,
            "Gong County Political-Legal Committee", "珙县县委政法委");
        var digitalCentre = Organisation(ExternalOrganisationKind.DigitalManagementCentre,
            "Gong County Digital Information Management Service Centre", "珙县数字信息管理服务中心");
        digitalCentre.Hotline = "4312345";
        var townGovernment =
            Organisation(ExternalOrganisationKind.TownGovernment, "Xunchang Town Government", "巡场镇人民政府");
        var departments = new Dictionary<DemoDepartment, ExternalOrganisation>
        {
            [DemoDepartment.Housing] =
                Department("Gong County Housing and Urban-Rural Development Bureau", "珙县住房和城乡建设局"),
            [DemoDepartment.UrbanManagement] = Department("Gong County Urban Management Bureau", "珙县城市管理局"),
            [DemoDepartment.MarketRegulation] = Department("Gong County Market Regulation Administration", "珙县市场监督管理局"),
            [DemoDepartment.WaterAffairs] = Department("Gong County Water Affairs Bureau", "珙县水务局"),
            [DemoDepartment.PowerSupply] = Department("State Grid Gong County Power Supply Company", "国网珙县供电公司"),
            [DemoDepartment.HumanResources] =
                Department("Gong County Human Resources and Social Security Bureau", "珙县人力资源和社会保障局"),
            [DemoDepartment.CivilAffairs] = Department("Gong County Civil Affairs Bureau", "珙县民政局"),
            [DemoDepartment.Environment] = Department("Gong County Ecology and Environment Bureau", "珙县生态环境局"),
        };

        // Ids are set here because paths are built from them; the database accepts explicit keys.
        var bureau =
            Unit(1, "bureau", "Gong County Public Security Bureau", "珙县公安局", OrgUnitKind.CountyBureau, parent: null);
        var xunchang = Unit(2, "xunchang", "Xunchang Police Station", "巡场派出所", OrgUnitKind.Station, bureau);
        var merged = new[]
        {
            Unit(3, "furong", "Furong Police Station", "芙蓉派出所", OrgUnitKind.Station, bureau),
            Unit(4, "jinsha", "Jinsha Police Station", "金沙派出所", OrgUnitKind.Station, bureau),
        };
        foreach (var station in merged)
        {
            station.MergedInto = xunchang;
            station.MergedOn = StationsMergedOn;
        }
        bureau.Address = "珙县巡场镇珙州大道";
        xunchang.Address = "珙县巡场镇人民路";

        (string Code, string Prefix, string Name, string NameZh)[] communities =
            [("nanjing", "NJ", "Nanjing", "南井"), ("longxiang", "LX", "Longxiang", "龙祥"), ("anmin", "AM", "Anmin", "安民"),
                ("xinqiao", "XQ", "Xinqiao", "新桥")];
        var offices = communities.Select((c, i) =>
        {
            var community = Organisation(ExternalOrganisationKind.Community, $"{c.Name} Community", $"{c.NameZh}社区");
            var office = Unit(5 + i, c.Code, $"{c.Name} Community Police Office", $"{c.NameZh}社区警务室",
                OrgUnitKind.CommunityOffice, xunchang);
            // Each office has a room given by its community, signage and the standard kit.
            office.HostCommunity = community;
            office.OpenedOn = OfficesOpenedOn;
            office.Address = $"珙县巡场镇{c.NameZh}社区居委会一楼";
            office.HasSignage = true;
            office.Cameras = 1;
            office.Computers = 1;
            office.MobilePoliceTerminals = 1;
            office.PoliceBicycles = random.Next(2, 5);
            return new DemoOffice(office, c.Prefix, community);
        }).ToList();

        var squads = new Dictionary<SquadKind, StationSquad>
        {
            [SquadKind.CriminalInvestigation] = Squad(xunchang, SquadKind.CriminalInvestigation,
                "Xunchang Area Criminal Investigation Squad", "巡场片区责任区刑侦中队"),
            [SquadKind.SpecialPatrol] =
                Squad(xunchang, SquadKind.SpecialPatrol, "Urban Special Patrol Squad", "城区特巡警中队"),
            [SquadKind.CommunityPolicing] =
                Squad(xunchang, SquadKind.CommunityPolicing, "Community Policing Squad", "社区警务中队"),
            [SquadKind.CommandRoom] = Squad(xunchang, SquadKind.CommandRoom, "Police Command Room", "警务指挥室"),
        };

        db.ExternalOrganisations.AddRange([politicalLegalCommittee, digitalCentre, townGovernment,
            .. departments.Values, .. offices.Select(o => o.Community)]);
        db.OrgUnits.AddRange([bureau, xunchang, .. merged, .. offices.Select(o => o.Unit)]);
        db.StationSquads.AddRange(squads.Values);
        db.AddRange(db.ChangeTracker.Entries<OrgUnit>().Select(e => e.Entity).Where(u => u.Parent is not null)
            .Select(u => new OrgUnitAttachment { OwnerUnit = u, Unit = u, Parent = u.Parent, From = u.OpenedOn })
            .ToList());
        return new DemoOrganisation(bureau, xunchang, offices, squads, politicalLegalCommittee, departments);
    }

    private static OrgUnit Unit(long id, string code, string name, string nameZh, OrgUnitKind kind, OrgUnit? parent) =>
        new()
    {
        Id = id,
        Code = code,
        Name = name,
        NameZh = nameZh,
        Kind = kind,
        Parent = parent,
        Path = $"{parent?.Path ?? "/"}{id}/",
    };

    private static ExternalOrganisation Organisation(ExternalOrganisationKind kind, string name, string nameZh) =>
        new() { Kind = kind, Name = name, NameZh = nameZh };

    private static ExternalOrganisation Department(string name, string nameZh) =>
        Organisation(ExternalOrganisationKind.Department, name, nameZh);

    private static StationSquad Squad(OrgUnit station, SquadKind kind, string name, string nameZh) =>
        new() { OwnerUnit = station, Kind = kind, Name = name, NameZh = nameZh };
}
