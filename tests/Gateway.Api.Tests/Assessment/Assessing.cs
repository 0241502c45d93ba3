using System.Text.Json.Nodes;
using Gateway.Api.Assessment;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Assessment;

/// <summary>Sends the assessment mutations the way a client does, and reads the assessments back as the system sees
/// them.</summary>
internal static class Assessing
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";
    private const string ItemFields = "id code textZh text active retiredOn version category { code } addedBy { id } "
        + "retiredBy { id }";
    private const string WeightsFields = "id bureau community residents version unit { code } setBy { id }";
    private const string OfficerFields = "id from to bureauScore communityScore residentsScore total missingParties "
        + "version officer { id } office { code } bureau { score comment recordedIn { code } } "
        + "scores(first: 20) { totalCount nodes { party score comment recordedIn { code } } }";
    private const string GridWorkerFields = "id from to score comment gridWorker { id } assessedBy { id } "
        + "office { code }";

    /// <summary>The document of each mutation, by name: the object under its payload field, and the errors.</summary>
    public static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>
    {
        ["addDutyItem"] = Document("addDutyItem", "AddDutyItemInput", $"dutyItem {{ {ItemFields} }}"),
        ["retireDutyItem"] = Document("retireDutyItem", "RetireDutyItemInput", $"dutyItem {{ {ItemFields} }}"),
        ["setAssessmentWeights"] = Document("setAssessmentWeights", "SetAssessmentWeightsInput",
            $"assessmentWeights {{ {WeightsFields} }}"),
        ["openOfficerAssessment"] = Document("openOfficerAssessment", "OpenOfficerAssessmentInput",
            $"officerAssessment {{ {OfficerFields} }}"),
        ["recordAssessmentScore"] = Document("recordAssessmentScore", "RecordAssessmentScoreInput",
            $"officerAssessment {{ {OfficerFields} }}"),
        ["assessGridWorker"] = Document("assessGridWorker", "AssessGridWorkerInput",
            $"gridWorkerAssessment {{ {GridWorkerFields} }}"),
    };

    /// <summary>The field of each mutation's payload that holds its result.</summary>
    public static readonly IReadOnlyDictionary<string, string> ResultFields = new Dictionary<string, string>
    {
        ["addDutyItem"] = "dutyItem", ["retireDutyItem"] = "dutyItem", ["setAssessmentWeights"] = "assessmentWeights",
        ["openOfficerAssessment"] = "officerAssessment", ["recordAssessmentScore"] = "officerAssessment",
        ["assessGridWorker"] = "gridWorkerAssessment",
    };

    private static string Document(string mutation, string inputType, string result) =>
        $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {result} {Errors} }} }}";

    /// <summary>Sends <paramref name="mutation"/> with <paramref name="input"/>; the payload.</summary>
    public static async Task<JsonNode> AssessAsync(this GraphQLClient client, string mutation, object input)
    {
        var response = await client.PostAsync(Documents[mutation], new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    /// <summary>Every assessment row as stored, to show that a refusal changed nothing.</summary>
    public static Task<string> AssessmentStateAsync(this GatewayApiFactory factory) => factory.WithDbAsync(async db =>
        string.Join('\n',
            (await db.DutyItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync()).Select(i =>
                $"D{i.Id} {i.Code} {i.TextZh} {i.RetiredOn} {i.Version}")
            .Concat((await db.AssessmentWeights.AsNoTracking().OrderBy(w => w.Id).ToListAsync()).Select(w =>
                $"W{w.Id} {w.OwnerUnitId} {w.Bureau}/{w.Community}/{w.Residents} {w.Version}"))
            .Concat((await db.OfficerAssessments.AsNoTracking().OrderBy(a => a.Id).ToListAsync()).Select(a =>
                $"O{a.Id} {a.PersonId} {a.From} {a.To} {a.BureauScore} {a.CommunityScore} {a.ResidentsScore} "
                + $"{a.Version}"))
            .Concat((await db.AssessmentScoreEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync()).Select(e =>
                $"E{e.Id} {e.AssessmentId} {e.Party} {e.Score}"))
            .Concat((await db.GridWorkerAssessments.AsNoTracking().OrderBy(a => a.Id).ToListAsync()).Select(a =>
                $"G{a.Id} {a.GridWorkerId} {a.AssessedById} {a.From} {a.To} {a.Score}"))));

    /// <summary>The seeded assessment of the officer of <paramref name="office"/> for the period from
    /// <paramref name="from"/>.</summary>
    public static Task<OfficerAssessment> OfficerAssessmentAsync(this GatewayApiFactory factory, string office,
        DateOnly from) =>
        factory.WithDbAsync(db => db.OfficerAssessments.AsNoTracking()
            .SingleAsync(a => a.OwnerUnit!.Code == office && a.From == from));
}
