using System.Text.Json.Nodes;
using Gateway.Api.Mediation;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Mediation;

/// <summary>Sends the mediation mutations the way a client does, and reads cases and committees back as the system
/// sees them.</summary>
internal static class Mediating
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";
    private const string CaseFields = "id caseNumber stage version declineReason findings failureReason referredTo "
        + "committee { id } unit { code } parties(first: 20) { nodes { role name idNumber phone } } "
        + "steps(first: 50) { nodes { from to at actor note } } agreement { id overdue performance }";
    private const string CommitteeFields = "id name version chair { id name } unit { code }";
    private const string MemberFields = "id from to version person { id } committee { id }";

    public static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>
    {
        ["registerMediationCase"] = Case("registerMediationCase", "RegisterMediationCaseInput"),
        ["acceptMediationCase"] = Case("acceptMediationCase", "AcceptMediationCaseInput"),
        ["declineMediationCase"] = Case("declineMediationCase", "DeclineMediationCaseInput"),
        ["recordMediationInvestigation"] = Case("recordMediationInvestigation", "RecordMediationInvestigationInput"),
        ["recordMediationSession"] = Document("recordMediationSession", "RecordMediationSessionInput",
            "mediationSession { id heldAt mediators(first: 20) { nodes { member { id person { name } } } } "
            + $"case {{ {CaseFields} }} }}"),
        ["recordMediationAgreement"] = Document("recordMediationAgreement", "RecordMediationAgreementInput",
            $"mediationAgreement {{ id overdue performanceDeadline case {{ {CaseFields} }} }}"),
        ["failMediationCase"] = Case("failMediationCase", "FailMediationCaseInput"),
        ["referMediationCase"] = Case("referMediationCase", "ReferMediationCaseInput"),
        ["recordMediationFollowUp"] = Case("recordMediationFollowUp", "RecordMediationFollowUpInput"),
        ["createMediationCommittee"] = Document("createMediationCommittee", "CreateMediationCommitteeInput",
            $"mediationCommittee {{ {CommitteeFields} }}"),
        ["setMediationCommitteeChair"] = Document("setMediationCommitteeChair", "SetMediationCommitteeChairInput",
            $"mediationCommittee {{ {CommitteeFields} }}"),
        ["seatMediationMember"] = Document("seatMediationMember", "SeatMediationMemberInput",
            $"mediationMember {{ {MemberFields} }}"),
        ["endMediationMembership"] = Document("endMediationMembership", "EndMediationMembershipInput",
            $"mediationMember {{ {MemberFields} }}"),
    };

    private static string Case(string mutation, string inputType) =>
        Document(mutation, inputType, $"mediationCase {{ {CaseFields} }}");

    private static string Document(string mutation, string inputType, string result) =>
        $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {result} {Errors} }} }}";

    /// <summary>The payload field each mutation puts its result under.</summary>
    public static string ResultOf(string mutation) => mutation switch
    {
        "recordMediationSession" => "mediationSession",
        "recordMediationAgreement" => "mediationAgreement",
        "createMediationCommittee" or "setMediationCommitteeChair" => "mediationCommittee",
        "seatMediationMember" or "endMediationMembership" => "mediationMember",
        _ => "mediationCase",
    };

    public static async Task<JsonNode> MediateAsync(this GraphQLClient client, string mutation, object input)
    {
        var response = await client.PostAsync(Documents[mutation], new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    /// <summary>The station's committee, a current seat on it (not the chair's) and a seat that ended.</summary>
    public static Task<(long Committee, long Chair, long ChairSeat, long Seat, long EndedSeat)> CommitteeAsync(
        this GatewayApiFactory factory) => factory.WithDbAsync(async db =>
    {
        var committee = await db.MediationCommittees.SingleAsync();
        var seats = await db.MediationMembers.Where(m => m.CommitteeId == committee.Id).OrderBy(m => m.Id)
            .ToListAsync();
        return (committee.Id, committee.ChairId!.Value, seats.First(s => s.PersonId == committee.ChairId).Id,
            seats.First(s => s.To == null && s.PersonId != committee.ChairId).Id, seats.First(s => s.To != null).Id);
    });

    /// <summary>A case of Nanjing's put at <paramref name="stage"/> by the system, its last step a week ago, with an
    /// agreement once it has one.</summary>
    public static Task<long> CaseAtAsync(this GatewayApiFactory factory, MediationStage stage, string number) =>
        factory.WithDbAsync(async db =>
        {
            var nanjing = await db.OrgUnits.SingleAsync(u => u.Code == "nanjing");
            var committee = await db.MediationCommittees.SingleAsync();
            var weekAgo = DateTime.UtcNow.AddDays(-7);
            var mediationCase = new MediationCase
            {
                OwnerUnitId = nanjing.Id, CommitteeId = committee.Id, CaseNumber = number,
                Kind = MediationCaseKind.CivilDispute, Summary = "测试纠纷", Stage = stage, RegisteredAt = weekAgo,
            };
            db.Add(mediationCase);
            db.Add(new MediationCaseStep { OwnerUnitId = nanjing.Id, Case = mediationCase, To = stage, At = weekAgo,
                RecordedAt = weekAgo, Actor = "test" });
            if (stage is MediationStage.AgreementReached or MediationStage.FollowedUp)
                db.Add(new MediationAgreement { OwnerUnitId = nanjing.Id, Case = mediationCase, Facts = "事实",
                    Matters = "事项", Terms = "条款", SignedAt = weekAgo,
                    PerformanceDeadline = DateOnly.FromDateTime(weekAgo).AddDays(30) });
            await db.SaveChangesAsync();
            return mediationCase.Id;
        });
}
