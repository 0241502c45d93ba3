using Gateway.Api.Audit;
using Gateway.Api.Mediation;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Mediation;

/// <summary>A case taken from application to follow-up by the office where it arose, pointing at the station's
/// committee above it; every step's legal and illegal stages; the committee's chair; overdue agreements.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class MediationWorkflowTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");

    private GraphQLClient Station => factory.CreateGraphQLClient("demo-station");

    private static readonly string ApplicantId = ResidentId(new(1980, 5, 6));

    private async Task<object> ApplicationAsync(string number = "NJ-TJ-2026-900", string? key = null)
    {
        var (committee, _, _, _, _) = await factory.CommitteeAsync();
        return new
        {
            unitId = IdOf(await factory.UnitAsync("nanjing")), committeeId = Id("MediationCommittee", committee),
            gridId = await factory.GridIdAsync("nanjing"), caseNumber = number, kind = "CIVIL_DISPUTE",
            summary = " 邻里噪音纠纷 ", idempotencyKey = key,
            parties = new object[]
            {
                new { role = "APPLICANT", name = "张三", idNumber = ApplicantId, phone = "13800001111",
                    address = "南井路1号" },
                new { role = "RESPONDENT", name = "李四" },
            },
        };
    }

    [Fact]
    public async Task An_office_takes_a_case_from_application_to_follow_up_with_the_stations_committee()
    {
        var (committee, _, chairSeat, seat, _) = await factory.CommitteeAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var registered = (await Nanjing.MediateAsync("registerMediationCase", await ApplicationAsync()))
            .Made("mediationCase");
        var audit = await factory.AuditedAsync(lastAudit, "registerMediationCase", AuditOutcome.Succeeded);
        var id = registered.Str("id");
        var accepted = (await Nanjing.MediateAsync("acceptMediationCase", new { id, version = 0 }))
            .Made("mediationCase");
        var investigated = (await Nanjing.MediateAsync("recordMediationInvestigation",
            new { id, version = 1, findings = "双方陈述一致" })).Made("mediationCase");
        var session = (await Nanjing.MediateAsync("recordMediationSession", new
        {
            id, version = 2, heldAt = DateTime.UtcNow, place = "南井社区警务室", record = "双方让步",
            mediatorIds = new[] { Id("MediationMember", chairSeat), Id("MediationMember", seat) },
        })).Made("mediationSession");
        var agreement = (await Nanjing.MediateAsync("recordMediationAgreement", new
        {
            id, version = 3, facts = "事实", matters = "噪音", terms = "限时装修",
            performanceDeadline = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(10),
        })).Made("mediationAgreement");
        var followedUp = (await Nanjing.MediateAsync("recordMediationFollowUp",
            new { id, version = 4, performance = "FULLY", note = "已履行" })).Made("mediationCase");

        Assert.Equal(("REGISTERED", "nanjing", Id("MediationCommittee", committee)),
            (registered.Str("stage"), registered["unit"]!.Str("code"), registered.RefId("committee")));
        Assert.Equal(["APPLICANT", "RESPONDENT"], registered.Nodes("parties").Select(p => p.Str("role")));
        Assert.Equal(ApplicantId, registered.Nodes("parties")[0].Str("idNumber"));
        Assert.DoesNotContain(ApplicantId, audit.ToString() + audit.ObjectIds);
        Assert.Equal(["ACCEPTED", "INVESTIGATED"], new[] { accepted, investigated }.Select(c => c.Str("stage")));
        Assert.Equal(2, session.Nodes("mediators").Count);
        Assert.Equal("IN_SESSIONS", session["case"]!.Str("stage"));
        Assert.False(agreement["overdue"]!.GetValue<bool>());
        Assert.Equal(("FOLLOWED_UP", 5, "FULLY"), (followedUp.Str("stage"), followedUp["version"]!.GetValue<int>(),
            followedUp["agreement"]!.Str("performance")));
        var steps = followedUp.Nodes("steps");
        Assert.Equal(["REGISTERED", "ACCEPTED", "INVESTIGATED", "IN_SESSIONS", "AGREEMENT_REACHED", "FOLLOWED_UP"],
            steps.Select(s => s.Str("to")));
        Assert.All(steps, s => Assert.Equal("demo-nanjing", s.Str("actor")));
    }

    /// <summary>Each step mutation against a case at each stage: done where the stage allows it, else refused with the
    /// step's own code and nothing changed.</summary>
    [Fact]
    public async Task Every_step_is_taken_from_its_stages_and_refused_from_every_other()
    {
        var (_, _, chairSeat, _, _) = await factory.CommitteeAsync();
        (string Mutation, string Refusal, MediationStage[] From)[] steps =
        [
            ("acceptMediationCase", "CASE_NOT_REGISTERED", [MediationStage.Registered]),
            ("declineMediationCase", "CASE_NOT_REGISTERED", [MediationStage.Registered]),
            ("recordMediationInvestigation", "CASE_NOT_ACCEPTED", [MediationStage.Accepted]),
            ("recordMediationSession", "CASE_NOT_INVESTIGATED",
                [MediationStage.Investigated, MediationStage.InSessions]),
            ("recordMediationAgreement", "CASE_NOT_IN_SESSIONS", [MediationStage.InSessions]),
            ("failMediationCase", "CASE_NOT_OPEN",
                [MediationStage.Accepted, MediationStage.Investigated, MediationStage.InSessions]),
            ("referMediationCase", "CASE_NOT_OPEN",
                [MediationStage.Accepted, MediationStage.Investigated, MediationStage.InSessions]),
            ("recordMediationFollowUp", "CASE_NOT_SETTLED", [MediationStage.AgreementReached]),
        ];
        var problems = new List<string>();
        var number = 0;
        foreach (var (mutation, refusal, from) in steps)
            foreach (var stage in Enum.GetValues<MediationStage>())
            {
                var caseId = await factory.CaseAtAsync(stage, $"STEP-{++number}");
                var id = Id("MediationCase", caseId);
                object input = mutation switch
                {
                    "acceptMediationCase" => new { id, version = 0 },
                    "declineMediationCase" or "failMediationCase" => new { id, version = 0, reason = "理由" },
                    "referMediationCase" => new { id, version = 0, referredTo = "县人民法院" },
                    "recordMediationInvestigation" => new { id, version = 0, findings = "查明" },
                    "recordMediationSession" => new
                    {
                        id, version = 0, heldAt = DateTime.UtcNow.AddHours(-1), place = "调解室", record = "笔录",
                        mediatorIds = new[] { Id("MediationMember", chairSeat) },
                    },
                    "recordMediationAgreement" => new
                    {
                        id, version = 0, facts = "事实", matters = "事项", terms = "条款",
                        performanceDeadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
                    },
                    _ => new { id, version = 0, performance = "PARTLY", note = "部分履行" },
                };
                var payload = await Nanjing.MediateAsync(mutation, input);
                var stored = await factory.WithDbAsync(db => db.MediationCases.SingleAsync(c => c.Id == caseId));
                var code = payload["errors"]?.AsArray().Select(e => e!.Str("code")).SingleOrDefault();
                if (from.Contains(stage) ? code is not null : code != refusal || stored.Stage != stage)
                    problems.Add($"{mutation} from {stage}: {code ?? "done"}, now {stored.Stage}");
            }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_mediator_must_hold_a_seat_on_the_cases_committee_on_the_sessions_day()
    {
        var (_, _, _, seat, endedSeat) = await factory.CommitteeAsync();
        var id = Id("MediationCase", await factory.CaseAtAsync(MediationStage.Investigated, "SEAT-1"));

        var refused = await Nanjing.MediateAsync("recordMediationSession", new
        {
            id, version = 0, heldAt = DateTime.UtcNow.AddHours(-1), place = "调解室", record = "笔录",
            mediatorIds = new[] { Id("MediationMember", seat), Id("MediationMember", endedSeat) },
        });

        Assert.Equal(("MediatorNotOnCommitteeError", "MEDIATOR_NOT_ON_COMMITTEE", "input.mediatorIds.1"),
            refused.Refusal("mediationSession"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.MediationSessionMediators.CountAsync(m =>
            m.Session!.Case!.CaseNumber == "SEAT-1")));
    }

    [Fact]
    public async Task A_step_dated_before_the_previous_one_or_in_the_future_is_refused()
    {
        var id = Id("MediationCase", await factory.CaseAtAsync(MediationStage.Accepted, "DATED-1"));

        var early = await Nanjing.MediateAsync("recordMediationInvestigation",
            new { id, version = 0, findings = "查明", investigatedAt = DateTime.UtcNow.AddDays(-8) });
        var future = await Nanjing.MediateAsync("recordMediationInvestigation",
            new { id, version = 0, findings = "查明", investigatedAt = DateTime.UtcNow.AddHours(1) });

        Assert.Equal(("MediationStepBeforePreviousError", "STEP_BEFORE_PREVIOUS_STEP", "input.investigatedAt"),
            early.Refusal("mediationCase"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.investigatedAt"), future.Refusal("mediationCase"));
    }

    [Fact]
    public async Task An_application_names_an_applicant_and_a_respondent_and_a_free_case_number()
    {
        var twice = await ApplicationAsync("NJ-TJ-2026-901");
        (await Nanjing.MediateAsync("registerMediationCase", twice)).Made("mediationCase");

        var taken = await Nanjing.MediateAsync("registerMediationCase", twice);
        var oneSided = await Nanjing.MediateAsync("registerMediationCase", new
        {
            unitId = IdOf(await factory.UnitAsync("nanjing")),
            committeeId = Id("MediationCommittee", (await factory.CommitteeAsync()).Committee),
            caseNumber = "NJ-TJ-2026-902", kind = "PUBLIC_SECURITY_CASE", summary = "口角",
            parties = new object[] { new { role = "APPLICANT", name = "甲" }, new { role = "OTHER", name = "乙" } },
        });

        Assert.Equal(("MediationCaseNumberTakenError", "CASE_NUMBER_TAKEN", "input.caseNumber"),
            taken.Refusal("mediationCase"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.parties"), oneSided.Refusal("mediationCase"));
    }

    [Fact]
    public async Task The_chair_is_the_stations_deputy_director_and_only_the_station_sets_it()
    {
        var (committee, deputy, _, _, _) = await factory.CommitteeAsync();
        var director = await factory.WithDbAsync(db =>
            db.People.Where(p => p.Position == PersonPosition.StationDirector).Select(p => p.Id).SingleAsync());
        var id = Id("MediationCommittee", committee);
        // A committee without a chair yet, so setting one is a change.
        await factory.WithDbAsync(db => db.MediationCommittees.ExecuteUpdateAsync(c => c.SetProperty(x => x.ChairId,
            (long?)null)));

        var notDeputy = await Station.MediateAsync("setMediationCommitteeChair",
            new { id, version = 0, personId = Id("Person", director) });
        var fromOffice = await Nanjing.MediateAsync("setMediationCommitteeChair",
            new { id, version = 0, personId = Id("Person", deputy) });
        var set = (await Station.MediateAsync("setMediationCommitteeChair",
            new { id, version = 0, personId = Id("Person", deputy) })).Made("mediationCommittee");

        Assert.Equal(("ChairNotDeputyDirectorError", "CHAIR_NOT_DEPUTY_DIRECTOR", "input.personId"),
            notDeputy.Refusal("mediationCommittee"));
        Assert.Equal("NOT_FOUND", fromOffice.Refusal("mediationCommittee").Code);
        Assert.Equal((Id("Person", deputy), 1), (set.RefId("chair"), set["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_agreement_is_overdue_past_its_deadline_until_a_follow_up_finds_it_carried_out()
    {
        var caseId = await factory.CaseAtAsync(MediationStage.AgreementReached, "OVERDUE-1");
        await factory.WithDbAsync(async db =>
        {
            var agreement = await db.MediationAgreements.SingleAsync(a => a.CaseId == caseId);
            agreement.PerformanceDeadline = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
            await db.SaveChangesAsync();
        });
        const string overdue = "{ overdueMediationAgreements(first: 100) { nodes { case { caseNumber } overdue } } }";

        var before = (await Nanjing.PostAsync(overdue)).Data!.Nodes("overdueMediationAgreements");
        var partly = (await Nanjing.MediateAsync("recordMediationFollowUp", new
            { id = Id("MediationCase", caseId), version = 0, performance = "PARTLY", note = "部分履行" }))
            .Made("mediationCase");

        Assert.Contains(before, a => a["case"]!.Str("caseNumber") == "OVERDUE-1" && a["overdue"]!.GetValue<bool>());
        Assert.True(partly["agreement"]!["overdue"]!.GetValue<bool>());
        await factory.WithDbAsync(async db =>
        {
            var agreement = await db.MediationAgreements.SingleAsync(a => a.CaseId == caseId);
            agreement.Performance = AgreementPerformance.Fully;
            await db.SaveChangesAsync();
        });
        var after = (await Nanjing.PostAsync(overdue)).Data!.Nodes("overdueMediationAgreements");
        Assert.DoesNotContain(after, a => a["case"]!.Str("caseNumber") == "OVERDUE-1");
    }
}
