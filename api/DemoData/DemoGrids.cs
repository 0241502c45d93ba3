using Gateway.Api.Data;
using Gateway.Api.Grids;
using static System.FormattableString;

namespace Gateway.Api.DemoData;

/// <summary>Each community is drawn along its streets into five grids of 300–500 households, one per grid worker;
/// grids carry the mass-participation teams and the "Sharp Eyes" camera points.</summary>
internal static class DemoGrids
{
    public const int GridsPerOffice = 5;

    private static readonly DateOnly PilotOpenedOn = new(2016, 11, 1);

    /// <summary>Two streets per grid, in grid order.</summary>
    private static readonly Dictionary<string, string[]> StreetsByOffice = new()
    {
        ["NJ"] = ["南井路", "南井街", "新华路", "文化路", "人民路", "建设路", "东风路", "团结街", "和平街", "胜利路"],
        ["LX"] = ["龙祥路", "龙祥街", "龙腾路", "祥和街", "兴业路", "河滨路", "滨江路", "学府路", "育才街", "映山路"],
        ["AM"] = ["安民路", "安民街", "安康路", "民主街", "光明路", "幸福路", "锦绣街", "振兴路", "向阳街", "朝阳路"],
        ["XQ"] = ["新桥路", "新桥街", "桥头街", "桥南路", "顺河街", "新村路", "工农路", "车站路", "矿区路", "荷花街"],
    };

    /// <summary>Rough centres of the communities in Xunchang town, for the sample grid boundaries.</summary>
    private static readonly Dictionary<string, (double Longitude, double Latitude)> Centres = new()
    {
        ["NJ"] = (104.7130, 28.4420),
        ["LX"] = (104.7210, 28.4480),
        ["AM"] = (104.7050, 28.4370),
        ["XQ"] = (104.7270, 28.4390),
    };

    public static IReadOnlyList<Grid> Seed(GatewayDbContext db, DemoOrganisation organisation, Random random)
    {
        var grids = organisation.Offices.SelectMany(office => OfficeGrids(office, random)).ToList();
        db.Grids.AddRange(grids);
        db.AddRange(grids.Select(FirstRevision));
        SplitPilot(db, grids);
        db.MassParticipationTeams.AddRange(Teams(organisation, grids, random));
        db.CameraPoints.AddRange(CameraPoints(organisation, grids, random));
        return grids;
    }

    private static List<Grid> OfficeGrids(DemoOffice office, Random random)
    {
        var streets = StreetsByOffice[office.Prefix];
        return Enumerable.Range(1, GridsPerOffice).Select(n =>
        {
            var households = random.Next(300, 501);
            return new Grid
            {
                OwnerUnit = office.Unit,
                Code = $"{office.Prefix}-{n:D2}",
                Name = $"{office.Community.NameZh}第{n}网格",
                Community = office.Community,
                Streets = string.Join("、", streets[(2 * n - 2)..(2 * n)]),
                Households = households,
                Residents = (int)Math.Round(households * (2.0 + random.NextDouble() * 0.3)),
                // A sample boundary on each community's first grid; the rest are drawn by street names only.
                BoundaryGeoJson = n == 1 ? Square(Centres[office.Prefix]) : null,
                OpenedOn = DemoOrganisation.OfficesOpenedOn,
            };
        }).ToList();
    }

    /// <summary>Every grid as drawn when the offices opened with the reform: its first revision.</summary>
    private static GridRevision FirstRevision(Grid grid) => Revision(grid, 1, grid.OpenedOn, "created");

    private static GridRevision Revision(Grid grid, int number, DateOnly validFrom, string reason) => new()
    {
        OwnerUnit = grid.OwnerUnit, Grid = grid, Number = number, ValidFrom = validFrom, Name = grid.Name,
        Streets = grid.Streets, Households = grid.Households, BoundaryGeoJson = grid.BoundaryGeoJson,
        Reason = reason, RecordedBy = "system", RecordedAt = DemoCalendar.AtLocal(validFrom, new TimeOnly(9, 0)),
    };

    /// <summary>
    /// Nanjing's pilot grid, drawn when the joint office tried the reform from November 2016 and split into NJ-01 and
    /// NJ-02 when the offices opened: the lineage a split leaves. Added after the grids of today, which keep their ids.
    /// </summary>
    private static void SplitPilot(GatewayDbContext db, IReadOnlyList<Grid> grids)
    {
        var parts = grids.Where(g => g.Code is "NJ-01" or "NJ-02").ToList();
        var pilot = new Grid
        {
            OwnerUnit = parts[0].OwnerUnit, Code = "NJ-00", Name = "南井社区试点网格", Community = parts[0].Community,
            Streets = string.Join(Grid.StreetSeparator, parts.Select(p => p.Streets)), Households = 480,
            Residents = 1010, OpenedOn = PilotOpenedOn, RetiredOn = DemoOrganisation.OfficesOpenedOn.AddDays(-1),
        };
        db.Grids.Add(pilot);
        db.AddRange(Revision(pilot, 1, PilotOpenedOn, "created"), Revision(pilot, 2, DemoOrganisation.OfficesOpenedOn,
            $"split into {string.Join(", ", parts.Select(p => p.Code))}"));
        foreach (var part in parts)
        {
            var drawn = db.ChangeTracker.Entries<GridRevision>().Single(r => r.Entity.Grid == part).Entity;
            drawn.Reason = $"split from {pilot.Code}";
            db.Add(new GridSuccession
            {
                OwnerUnit = pilot.OwnerUnit, Predecessor = pilot, Successor = part, On = part.OpenedOn,
                Kind = GridSuccessionKind.Split,
            });
        }
    }

    private static string Square((double Longitude, double Latitude) centre)
    {
        const double Half = 0.0015;
        var (west, east, south, north) =
            (centre.Longitude - Half, centre.Longitude + Half, centre.Latitude - Half, centre.Latitude + Half);
        return Invariant($$"""{"type":"Polygon","coordinates":[[[{{west:F4}},{{south:F4}}],""")
            + Invariant($$"""[{{east:F4}},{{south:F4}}],[{{east:F4}},{{north:F4}}],[{{west:F4}},{{north:F4}}],""")
            + Invariant($$"""[{{west:F4}},{{south:F4}}]]]}""");
    }

    /// <summary>Building guards per grid, a residents' joint-defence team per community, and the station's
    /// volunteer teams from parking lots, city management and buses.</summary>
    private static List<MassParticipationTeam> Teams(DemoOrganisation organisation, IReadOnlyList<Grid> grids,
        Random random)
    {
        var teams = grids.Select(grid => new MassParticipationTeam
        {
            OwnerUnit = grid.OwnerUnit, Grid = grid, Kind = MassTeamKind.BuildingGuard,
            Name = $"{grid.Name}守楼护院队", MemberCount = random.Next(8, 21),
        }).ToList();
        teams.AddRange(organisation.Offices.Select(office => new MassParticipationTeam
        {
            OwnerUnit = office.Unit, Kind = MassTeamKind.ResidentsJointDefence,
            Name = $"{office.Community.NameZh}居民联防队", MemberCount = random.Next(15, 31),
        }));
        teams.AddRange(new[] { "停车场志愿队", "城管志愿队", "公交志愿队" }.Select(name => new MassParticipationTeam
        {
            OwnerUnit = organisation.Station, Kind = MassTeamKind.Volunteer,
            Name = $"巡场镇{name}", MemberCount = random.Next(10, 26),
        }));
        return teams;
    }

    /// <summary>The county reports 450+ cameras in three systems: the demo spreads 468 over three points per grid, the
    /// station's crossroads, and the bureau's links to the mobile Skynet and the urban-management centre.</summary>
    private static List<CameraPoint> CameraPoints(DemoOrganisation organisation, IReadOnlyList<Grid> grids,
        Random random)
    {
        const int Cameras = 468;
        var points = new List<CameraPoint>();
        foreach (var grid in grids)
        {
            var streets = grid.Streets.Split('、');
            for (var n = 1; n <= 3; n++)
                points.Add(new CameraPoint
                {
                    OwnerUnit = grid.OwnerUnit, Grid = grid, System = CameraSystem.SharpEyes,
                    Name = $"{grid.Code} 雪亮点位{n}", Location = $"{random.Pick(streets)}{random.Next(1, 120)}号旁",
                });
        }
        var allStreets = StreetsByOffice.Values.SelectMany(s => s).ToList();
        for (var n = 1; n <= 16; n++)
            points.Add(new CameraPoint
            {
                OwnerUnit = organisation.Station, System = CameraSystem.SharpEyes,
                Name = $"巡场路口监控{n}", Location = $"{random.Pick(allStreets)}与{random.Pick(allStreets)}交叉口",
            });
        foreach (var (system, label) in new[] { (CameraSystem.MobileSkynet, "移动天网"),
            (CameraSystem.UrbanManagement, "城管数字化指挥中心") })
            for (var n = 1; n <= 4; n++)
                points.Add(new CameraPoint
                {
                    OwnerUnit = organisation.Bureau, System = system,
                    Name = $"{label}联网点{n}", Location = $"{random.Pick(allStreets)}沿线",
                });
        foreach (var (point, count) in points.Zip(random.Split(Cameras, points.Count))) point.Cameras = count;
        return points;
    }
}
