using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Mediation;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;

namespace Gateway.Api.DemoData;

/// <summary>The people's mediation committee in Xunchang station, chaired by the deputy director, with 32 members of
/// every kind; 26 settled cases, open ones at each earlier stage, and a few that failed or were referred. Cases are
/// owned where they arose and point at the station's committee; every step is logged.</summary>
internal sealed class DemoMediation(DemoOrganisation organisation, DemoStaff staff, SyntheticIdentities identities,
    Random random)
{
    private const int SettledCases = 26;

    /// <summary>The parties' ID numbers, phones and addresses come from a stream of their own, so the parts of the demo
    /// seeded after mediation draw the same values as before parties were recorded.</summary>
    private const int PartiesSeed = 20170501;

    /// <summary>Steps seeded as the system records them.</summary>
    private const string SeedActor = "system";

    private static readonly (MediationStage Stage, int Cases, DateOnly RegisteredFrom,
        DateOnly RegisteredTo)[] OtherCases =
    [
        // Open cases are recent enough that their next step is still to come.
        (MediationStage.Registered, 3, new(2026, 10, 27), new(2026, 10, 31)),
        (MediationStage.Accepted, 3, new(2026, 10, 20), new(2026, 10, 27)),
        (MediationStage.Investigated, 3, new(2026, 10, 10), new(2026, 10, 20)),
        (MediationStage.InSessions, 4, new(2026, 9, 25), new(2026, 10, 5)),
        (MediationStage.Failed, 3, new(2026, 3, 1), new(2026, 8, 31)),
        (MediationStage.Referred, 2, new(2026, 4, 1), new(2026, 9, 15)),
    ];

    private static readonly DateOnly CommitteeFoundedOn = new(2017, 5, 1);

    private static readonly (MediatorKind Kind, int Members)[] OutsideMembers =
    [
        (MediatorKind.PeoplesCongressDeputy, 5), (MediatorKind.CppccMember, 4), (MediatorKind.RetiredCadre, 5),
        (MediatorKind.LegalAidLawyer, 4), (MediatorKind.TownStaff, 5), (MediatorKind.CommunityCadre, 5),
    ];

    /// <summary>Civil disputes, and public-security cases that the law allows to be settled by mediation; {0} is an
    /// amount in yuan.</summary>
    private static readonly (MediationCaseKind Kind, string Summary, string Matters, string Terms)[] Disputes =
    [
        (MediationCaseKind.CivilDispute, "楼上住户装修噪音长期扰民引发邻里纠纷", "装修时间及噪音",
            "被申请人承诺每日装修时间限于8:00至12:00、14:00至18:00，双方互谅互让"),
        (MediationCaseKind.CivilDispute, "楼上住户卫生间渗水致楼下天花板受损", "维修及损失赔偿", "被申请人负责修复防水层，并赔偿申请人维修费{0}元"),
        (MediationCaseKind.CivilDispute, "两户因宅基地边界及排水沟走向发生争执", "边界及排水沟", "双方按原有界址确定边界，排水沟由双方共同出资改建"),
        (MediationCaseKind.CivilDispute, "民间借贷{0}元逾期未还", "借款归还", "被申请人分两期归还借款{0}元"),
        (MediationCaseKind.CivilDispute, "饲养的犬只咬伤邻居", "医疗费赔偿", "被申请人赔偿医疗费、误工费共计{0}元，并拴养犬只"),
        (MediationCaseKind.CivilDispute, "租赁到期后房东拒退押金", "押金退还", "出租人于三日内退还押金{0}元"),
        (MediationCaseKind.CivilDispute, "务工人员与包工头结算劳务费发生争议", "劳务费结算", "被申请人支付劳务费{0}元"),
        (MediationCaseKind.PublicSecurityCase, "双方因琐事发生口角继而互相推搡，一方轻微伤", "医药费赔偿及治安责任", "被申请人赔偿医药费{0}元，双方互不追究"),
        (MediationCaseKind.PublicSecurityCase, "酒后在夜宵店滋事损坏桌椅", "财物损失赔偿", "被申请人赔偿店主损失{0}元并赔礼道歉"),
        (MediationCaseKind.PublicSecurityCase, "停车剐蹭引发争吵并故意损坏对方车辆后视镜", "车辆维修费用", "被申请人承担修车费用{0}元"),
    ];

    private static readonly string[] SessionRecords =
    [
        "双方当事人到场陈述事实，调解员释法说理",
        "律师讲解相关法律规定，双方各自作出让步",
        "调解员分别做双方工作，双方分歧缩小，约定再次调解",
    ];

    private static readonly string[] FollowUpNotes = ["回访当事人，协议已履行完毕", "回访双方，关系和睦，未再发生纠纷"];

    private static readonly string[] Referrals = ["涉嫌刑事案件，移交责任区刑侦中队", "属劳动争议，转县劳动人事争议仲裁委员会", "转县人民法院诉前调解"];

    private static readonly string[] Streets = ["南井路", "龙祥街", "安民巷", "新桥路", "巡场大道"];

    private readonly List<MediationMember> members = [];
    private readonly List<MediationSession> sessions = [];
    private readonly List<MediationSessionMediator> mediators = [];
    private readonly List<MediationAgreement> agreements = [];
    private readonly List<MediationParty> parties = [];
    private readonly List<MediationCaseStep> steps = [];
    private readonly Random partiesRandom = new(PartiesSeed);
    private SyntheticIdentities? partyIdentities;

    public void Seed(GatewayDbContext db, IReadOnlyList<Grid> grids)
    {
        var committee = new MediationCommittee
        {
            OwnerUnit = organisation.Station,
            Name = "Xunchang Town Public-Security Dispute People's Mediation Committee",
            NameZh = "巡场镇治安纠纷人民调解委员会",
            Chair = staff.DeputyDirector,
        };
        AddMembers(committee);

        var cases = new List<MediationCase>();
        // Settled cases are spread over the year, eleven days apart; the latest are not yet followed up.
        for (var i = 0; i < SettledCases; i++)
            cases.Add(Case(committee, grids, random.DuringOfficeHours(new DateOnly(2026, 1, 5).AddDays(11 * i)),
                MediationStage.FollowedUp));
        foreach (var (stage, count, from, to) in OtherCases)
            for (var i = 0; i < count; i++)
                cases.Add(Case(committee, grids, random.DuringOfficeHours(random.DayBetween(from, to)), stage));
        NumberCases(cases);

        db.MediationCommittees.Add(committee);
        db.MediationMembers.AddRange(members);
        db.MediationCases.AddRange(cases);
        db.MediationParties.AddRange(parties);
        db.MediationCaseSteps.AddRange(steps);
        db.MediationSessions.AddRange(sessions);
        db.MediationSessionMediators.AddRange(mediators);
        db.MediationAgreements.AddRange(agreements);
    }

    /// <summary>The chair and three more station officers, plus members from outside the police; one retired cadre left
    /// in 2024.</summary>
    private void AddMembers(MediationCommittee committee)
    {
        var policeMembers = new[] { staff.DeputyDirector }
            .Concat(staff.OfficersOf(SquadKind.CommunityPolicing).Take(2))
            .Concat(staff.OfficersOf(SquadKind.CriminalInvestigation).Take(1));
        foreach (var officer in policeMembers) Seat(committee, officer, MediatorKind.Police, CommitteeFoundedOn);
        foreach (var (kind, count) in OutsideMembers)
            for (var i = 0; i < count; i++)
                Seat(committee, Outsider(), kind,
                    i == 0 ? CommitteeFoundedOn : random.DayBetween(CommitteeFoundedOn, new(2025, 6, 30)));
        Seat(committee, Outsider(), MediatorKind.RetiredCadre, CommitteeFoundedOn, to: new(2024, 12, 31));
    }

    private Person Outsider() => new()
    {
        OwnerUnit = organisation.Station,
        Kind = PersonKind.MediationMember,
        Name = identities.Name(),
        Phone = identities.Phone(),
        IdNumber = identities.IdNumber(new(1950, 1, 1), new(1985, 12, 31)),
    };

    private void Seat(MediationCommittee committee, Person person, MediatorKind kind, DateOnly from,
        DateOnly? to = null) =>
        members.Add(new MediationMember { OwnerUnit = organisation.Station, Committee = committee, Person = person,
            MemberKind = kind, From = from, To = to });

    /// <summary>Walks a case from registration towards <paramref name="target"/>, logging each step. Settled cases aim
    /// for FollowedUp and stop at AgreementReached while their follow-up visit is still due.</summary>
    private MediationCase Case(MediationCommittee committee, IReadOnlyList<Grid> grids, DateTime registeredAt,
        MediationStage target)
    {
        // Most cases come from an office's grid; the others reach the station directly.
        var grid = random.Chance(0.75) ? random.Pick(grids) : null;
        var dispute = random.Pick(Disputes);
        var amount = random.Next(2, 81) * 100;
        var mediationCase = new MediationCase
        {
            OwnerUnit = grid?.OwnerUnit ?? organisation.Station,
            Committee = committee,
            Grid = grid,
            Kind = dispute.Kind,
            Summary = string.Format(dispute.Summary, amount),
            Stage = MediationStage.Registered,
            RegisteredAt = registeredAt,
        };
        AddParties(mediationCase);
        // The office's police officer registers, investigates and follows up what arose there; the chair decides.
        var local = staff.Teams.FirstOrDefault(t => t.Office.Unit == mediationCase.OwnerUnit)?.Police
            ?? staff.DeputyDirector;
        var chair = staff.DeputyDirector;
        Step(mediationCase, null, MediationStage.Registered, registeredAt, local, "登记调解申请");
        if (target == MediationStage.Registered) return mediationCase;

        var acceptedAt = random.DaysLater(registeredAt, 1, 2);
        mediationCase.AcceptedAt = acceptedAt;
        Step(mediationCase, MediationStage.Registered, MediationStage.Accepted, acceptedAt, chair, "符合受理条件，予以受理");
        if (target == MediationStage.Referred)
        {
            mediationCase.ClosedAt = random.DaysLater(acceptedAt, 1, 3);
            mediationCase.ReferredTo = random.Pick(Referrals);
            Step(mediationCase, MediationStage.Accepted, MediationStage.Referred, mediationCase.ClosedAt.Value, chair,
                mediationCase.ReferredTo);
            return mediationCase;
        }
        if (target == MediationStage.Accepted) return mediationCase;

        var at = random.DaysLater(acceptedAt, 1, 5);
        mediationCase.InvestigatedAt = at;
        mediationCase.Findings = $"经走访双方及周边群众，{mediationCase.Summary}属实。";
        Step(mediationCase, MediationStage.Accepted, MediationStage.Investigated, at, local, mediationCase.Findings);
        if (target == MediationStage.Investigated) return mediationCase;

        var sessionCount = target == MediationStage.FollowedUp ? random.Next(1, 4) : random.Next(1, 3);
        for (var n = 1; n <= sessionCount; n++)
        {
            at = random.DaysLater(at, 2, 7);
            var settling = target == MediationStage.FollowedUp && n == sessionCount;
            var session = new MediationSession
            {
                OwnerUnit = mediationCase.OwnerUnit,
                Case = mediationCase,
                HeldAt = at,
                Place = grid is null || random.Chance(0.3) ? "巡场派出所人民调解室" : mediationCase.OwnerUnit!.NameZh,
                Record = settling ? "双方自愿达成调解协议，当场签字" : random.Pick(SessionRecords),
            };
            sessions.Add(session);
            mediators.AddRange(Mediators().Select(member => new MediationSessionMediator
                { OwnerUnit = mediationCase.OwnerUnit, Session = session, Member = member }));
            if (n == 1) Step(mediationCase, MediationStage.Investigated, MediationStage.InSessions, at, chair, null);
        }
        if (target == MediationStage.InSessions) return mediationCase;

        if (target == MediationStage.Failed)
        {
            mediationCase.ClosedAt = at.AddHours(1);
            mediationCase.FailureReason = "双方分歧较大，调解不成，已告知当事人可向人民法院提起诉讼";
            Step(mediationCase, MediationStage.InSessions, MediationStage.Failed, mediationCase.ClosedAt.Value, chair,
                mediationCase.FailureReason);
            return mediationCase;
        }

        var signedAt = at.AddHours(1);
        var agreement = new MediationAgreement
        {
            OwnerUnit = mediationCase.OwnerUnit,
            Case = mediationCase,
            Facts = $"经调查，{mediationCase.Summary}，事实清楚。",
            Matters = dispute.Matters,
            Terms = string.Format(dispute.Terms, amount),
            PerformanceDeadline = DemoCalendar.LocalDay(signedAt).AddDays(random.Next(7, 31)),
            SignedAt = signedAt,
        };
        agreements.Add(agreement);
        mediationCase.ClosedAt = signedAt;
        Step(mediationCase, MediationStage.InSessions, MediationStage.AgreementReached, signedAt, chair, null);
        var followUpAt = random.DaysLater(signedAt, 15, 30);
        if (followUpAt > DemoCalendar.Now) return mediationCase;
        agreement.FollowedUpAt = followUpAt;
        agreement.Performance = AgreementPerformance.Fully;
        agreement.FollowUpNote = random.Pick(FollowUpNotes);
        Step(mediationCase, MediationStage.AgreementReached, MediationStage.FollowedUp, followUpAt, local,
            agreement.FollowUpNote);
        return mediationCase;
    }

    /// <summary>Moves the case to <paramref name="to"/> and logs the step, recorded when it happened.</summary>
    private void Step(MediationCase mediationCase, MediationStage? from, MediationStage to, DateTime at, Person by,
        string? note)
    {
        mediationCase.Stage = to;
        steps.Add(new MediationCaseStep
        {
            OwnerUnit = mediationCase.OwnerUnit, Case = mediationCase, From = from, To = to, At = at, RecordedAt = at,
            By = by, Actor = SeedActor, Note = note,
        });
    }

    /// <summary>The applicant and the respondent, with made-up ID numbers, phones and addresses.</summary>
    private void AddParties(MediationCase mediationCase)
    {
        partyIdentities ??= new SyntheticIdentities(partiesRandom);
        foreach (var role in new[] { MediationPartyRole.Applicant, MediationPartyRole.Respondent })
            parties.Add(new MediationParty
            {
                OwnerUnit = mediationCase.OwnerUnit,
                Case = mediationCase,
                Role = role,
                Name = identities.Name(),
                IdNumber = partyIdentities.IdNumber(new(1950, 1, 1), new(2000, 12, 31)),
                Phone = partyIdentities.Phone(),
                Address = $"珙县巡场镇{partiesRandom.Pick(Streets)}{partiesRandom.Next(1, 200)}号",
            });
    }

    /// <summary>The chair's seat and one or two other current seats.</summary>
    private IEnumerable<MediationMember> Mediators()
    {
        var others = members.Where(m => m.To is null && m.Person != staff.DeputyDirector).ToArray();
        random.Shuffle(others);
        return others.Take(random.Next(1, 3)).Prepend(members.First(m => m.Person == staff.DeputyDirector)).ToList();
    }

    /// <summary>Case numbers run in order of registration within each owning unit, e.g. "XC-TJ-2026-001".</summary>
    private void NumberCases(List<MediationCase> cases)
    {
        foreach (var owned in cases.GroupBy(c => c.OwnerUnit!))
        {
            var sequence = 0;
            foreach (var mediationCase in owned.OrderBy(c => c.RegisteredAt))
                mediationCase.CaseNumber = $"{organisation.PrefixOf(owned.Key)}-TJ-"
                    + $"{DemoCalendar.LocalDay(mediationCase.RegisteredAt).Year}-{++sequence:D3}";
        }
    }
}
