using Gateway.Api.Assessment;
using Gateway.Api.Data;
using Gateway.Api.Offices;

namespace Gateway.Api.DemoData;

/// <summary>
/// A sample of the duty catalogue (25 of the bureau's 124 sub-items, spread over the five categories), the bureau's
/// weights (40/30/30), each office officer's three-party assessment for Q3 2026 (all three scores) and October 2026
/// (the residents' score still missing), and the officers' assessments of their grid workers for September and October
/// 2026.
/// </summary>
internal sealed class DemoAssessment(DemoOrganisation organisation, DemoStaff staff, Random random)
{
    private static readonly (DutyCategoryCode Category, string Code, string TextZh, string Text)[] Catalogue =
    [
        (DutyCategoryCode.PublicSecurityPrevention, "ZAFF-01", "组织守楼护院队开展楼院巡逻",
            "Organise building guard teams to patrol buildings and courtyards"),
        (DutyCategoryCode.PublicSecurityPrevention, "ZAFF-02", "带领居民联防队开展治安巡逻",
            "Lead the residents' joint-defence team on patrol"),
        (DutyCategoryCode.PublicSecurityPrevention, "ZAFF-03", "检查重点单位、重点部位安全防范措施",
            "Inspect the security measures of key units and key locations"),
        (DutyCategoryCode.PublicSecurityPrevention, "ZAFF-04", "检查旅馆、KTV、网吧、足浴店等场所治安管理",
            "Check public-security management at hotels, KTV, internet cafés and foot-massage shops"),
        (DutyCategoryCode.PublicSecurityPrevention, "ZAFF-05", "巡查“雪亮工程”视频监控点位运行情况",
            "Check that the \"Sharp Eyes\" camera points work"),
        (DutyCategoryCode.PublicSecurityPrevention, "ZAFF-06", "开展防盗、防骗、防火安全宣传",
            "Give anti-theft, anti-fraud and fire-safety publicity"),
        (DutyCategoryCode.PopulationManagement, "RKGL-01", "登记流动人口并及时注销离开人员",
            "Register floating residents and strike off those who leave"),
        (DutyCategoryCode.PopulationManagement, "RKGL-02", "管理出租房屋,落实出租人治安责任",
            "Manage rental houses and hold landlords to their security duties"),
        (DutyCategoryCode.PopulationManagement, "RKGL-03", "落实重点人口管控措施",
            "Carry out the controls on key persons"),
        (DutyCategoryCode.PopulationManagement, "RKGL-04", "排查易肇事肇祸精神病人并落实监护措施",
            "Find mentally ill persons at risk of causing incidents and see to their guardianship"),
        (DutyCategoryCode.PopulationManagement, "RKGL-05", "掌握孤寡老人、留守儿童等特殊群体底数",
            "Keep count of special groups: elderly living alone, left-behind children"),
        (DutyCategoryCode.InformationCollection, "XXCJ-01", "每日录入人口信息不少于 20 条",
            "Enter at least 20 population records a day"),
        (DutyCategoryCode.InformationCollection, "XXCJ-02", "每日核查车辆不少于 5 辆", "Check at least 5 vehicles a day"),
        (DutyCategoryCode.InformationCollection, "XXCJ-03", "按“一标三实”采集标准地址、实有人口、实有房屋、实有单位",
            "Collect standard addresses, actual population, housing and units (one standard, three actuals)"),
        (DutyCategoryCode.InformationCollection, "XXCJ-04", "定期回访,更新基础信息",
            "Revisit records regularly and keep them fresh"),
        (DutyCategoryCode.InformationCollection, "XXCJ-05", "发展和管理情报信息员,定期走访并布置收集方向",
            "Recruit and keep informants, visit them and give the next collection direction"),
        (DutyCategoryCode.DisputeResolution, "MDHJ-01", "定期排查辖区矛盾纠纷", "Search the area for disputes regularly"),
        (DutyCategoryCode.DisputeResolution, "MDHJ-02", "参与人民调解委员会调解民间纠纷和治安案件",
            "Take part in the people's mediation committee's sessions on disputes and public-security cases"),
        (DutyCategoryCode.DisputeResolution, "MDHJ-03", "回访调解协议履行情况",
            "Follow up on how mediation agreements are carried out"),
        (DutyCategoryCode.DisputeResolution, "MDHJ-04", "及时报告可能激化的矛盾纠纷",
            "Report disputes at risk of escalating without delay"),
        (DutyCategoryCode.ServingThePublic, "FWQZ-01", "每日走访群众不少于 20 人", "Visit at least 20 residents a day"),
        (DutyCategoryCode.ServingThePublic, "FWQZ-02", "每周不少于 3 天入户走访居民和企业",
            "Visit homes and enterprises on at least 3 days a week"),
        (DutyCategoryCode.ServingThePublic, "FWQZ-03", "每月为孤寡老人、留守儿童上门服务不少于 10 次",
            "Serve elderly living alone and left-behind children at home at least 10 times a month"),
        (DutyCategoryCode.ServingThePublic, "FWQZ-04", "引导非警务求助转 4312345 办理",
            "Divert non-police requests to the 4312345 centre"),
        (DutyCategoryCode.ServingThePublic, "FWQZ-05", "兼任社区支委或居委委员,参与社区事务",
            "Sit on the community's party branch or residents' committee and take part in its work"),
    ];

    private static readonly string[] Comments =
    [
        "走访记录完整,群众反映良好", "矛盾纠纷排查及时", "信息采集数量达标", "特殊群体服务到位", "巡逻防范有待加强",
    ];

    private static readonly (DateOnly From, DateOnly To) ThirdQuarter = (new(2026, 7, 1), new(2026, 9, 30));
    private static readonly (DateOnly From, DateOnly To) October = (new(2026, 10, 1), new(2026, 10, 31));
    private static readonly (DateOnly From, DateOnly To) September = (new(2026, 9, 1), new(2026, 9, 30));

    /// <summary>Two saves: a score entry and its assessment point at each other, so the entries go in first.</summary>
    public async Task SeedAsync(GatewayDbContext db)
    {
        var categories = DutyCategory.All.ToDictionary(c => c.Code, c => c.Id);
        db.DutyItems.AddRange(Catalogue.Select(i => new DutyItem
        {
            CategoryId = categories[i.Category], Code = i.Code, TextZh = i.TextZh, Text = i.Text,
        }));
        db.AssessmentWeights.Add(new AssessmentWeights
        {
            OwnerUnit = organisation.Bureau, Bureau = 40, Community = 30, Residents = 30,
            SetAt = DemoCalendar.AtLocal(new(2026, 6, 30), new TimeOnly(9, 0)),
        });

        var scored = new List<(OfficerAssessment Assessment, AssessmentScoreEntry Entry)>();
        foreach (var team in staff.Teams)
        {
            foreach (var (period, parties) in new[]
                {
                    (ThirdQuarter, Enum.GetValues<AssessmentParty>()),
                    (October, [AssessmentParty.Bureau, AssessmentParty.Community]),
                })
            {
                var assessment = new OfficerAssessment
                {
                    OwnerUnit = team.Office.Unit, Person = team.Police, From = period.From, To = period.To,
                    OpenedBy = staff.Director, OpenedAt = DemoCalendar.AtLocal(period.To.AddDays(1), new(9, 0)),
                };
                db.OfficerAssessments.Add(assessment);
                scored.AddRange(parties.Select(party => (assessment, Entry(team.Office.Unit, assessment, party))));
            }
            foreach (var period in new[] { September, October })
                db.GridWorkerAssessments.AddRange(team.GridWorkers.Select(g => new GridWorkerAssessment
                {
                    OwnerUnit = team.Office.Unit, GridWorker = g.Worker, AssessedBy = team.Police,
                    From = period.From, To = period.To, Score = random.Score(75, 98), Comment = random.Pick(Comments),
                    RecordedBy = team.Police,
                    RecordedAt = DemoCalendar.AtLocal(Earliest(period.To.AddDays(1), DemoCalendar.Today), new(16, 0)),
                }));
        }
        db.AssessmentScoreEntries.AddRange(scored.Select(s => s.Entry));
        await db.SaveChangesAsync();
        foreach (var (assessment, entry) in scored) assessment.Record(entry);
        await db.SaveChangesAsync();
    }

    /// <summary>The bureau's score is given by the station above the office; the community's and the residents' are
    /// entered at the office.</summary>
    private AssessmentScoreEntry Entry(OrgUnit office, OfficerAssessment assessment, AssessmentParty party)
    {
        var fromStation = party == AssessmentParty.Bureau;
        return new AssessmentScoreEntry
        {
            OwnerUnit = office, Assessment = assessment, Party = party, Score = random.Score(78, 97),
            Comment = random.Pick(Comments), RecordedBy = fromStation ? staff.Director : null,
            RecordedInUnit = fromStation ? organisation.Station : office,
            RecordedAt = DemoCalendar.AtLocal(Earliest(assessment.To.AddDays(5), DemoCalendar.Today), new(10, 0)),
        };
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
