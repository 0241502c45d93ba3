using System.Text.Json.Nodes;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>Sends the field-work mutations and reports the way a client does, and puts rows in place for the
/// boundaries the rules are tested at.</summary>
internal static class FieldWorkRequests
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";
    public const string EventFields = "id kind occurredAt receivedAt count note status version person { id } "
        + "grid { id } resident { id } unit { code } recordedBy { id } recordedByClient correctedBy { id } "
        + "correctionOf { id status correctionReason } correctionReason voidedAt voidReason voidedByClient";

    private static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>
    {
        ["recordFieldWork"] = Document("recordFieldWork", "RecordFieldWorkInput",
            $"fieldWorkEvent {{ {EventFields} }}"),
        ["recordFieldWorkDay"] = Document("recordFieldWorkDay", "RecordFieldWorkDayInput",
            $"fieldWorkDay {{ day person {{ id }} events {{ {EventFields} }} }}"),
        ["correctFieldWork"] = Document("correctFieldWork", "CorrectFieldWorkInput",
            $"fieldWorkEvent {{ {EventFields} }}"),
        ["voidFieldWork"] = Document("voidFieldWork", "VoidFieldWorkInput", $"fieldWorkEvent {{ {EventFields} }}"),
        ["setWorkTargets"] = Document("setWorkTargets", "SetWorkTargetsInput",
            "workTargets { id residentsVisitedPerDay visitDaysPerWeek specialGroupServicesPerMonth "
            + "populationRecordsPerOfficePerDay vehicleChecksPerOfficePerDay version unit { code } }"),
    };

    private static string Document(string mutation, string inputType, string result) =>
        $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {result} {Errors} }} }}";

    public static async Task<JsonNode> SendAsync(this GraphQLClient client, string mutation, object input)
    {
        var response = await client.PostAsync(Documents[mutation], new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    /// <summary>Every error of a refused payload: (code, dotted path).</summary>
    public static List<(string Code, string Path)> Refusals(this JsonNode payload) =>
        [.. payload.Items("errors").Select(e => (e.Str("code"),
            string.Join('.', e.Items("path").Select(p => p.GetValue<string>()))))];

    /// <summary>A person's three-musts reports over a period, as the API computes them.</summary>
    public static async Task<List<JsonNode>> ThreeMustsAsync(this GraphQLClient client, long personId, string from,
        string to) =>
        (await client.QueryAsync(
            "query($id: ID!, $from: DateOnly!, $to: DateOnly!) { node(id: $id) { ... on Person { " +
            "threeMusts(from: $from, to: $to) { unit { code } role binding " +
            "days { date residentsVisited target met } " +
            "weeks { monday postedDays dutyDays visitDays target partial met } " +
            "months { month postedDays dutyDays services target partial met } " +
            "daysMissed weeksMissed monthsMissed dayRate weekRate monthRate } } } }",
            new { id = GlobalId.Encode("Person", personId), from, to }))["node"]!.Items("threeMusts");

    /// <summary>The UTC instant of a county (UTC+8) wall-clock time.</summary>
    public static DateTime At(string day, int hour = 10) =>
        DateTime.SpecifyKind(DateOnly.Parse(day).ToDateTime(new TimeOnly(hour, 0)).AddHours(-8), DateTimeKind.Utc);

    /// <summary>Adds active entries straight to the database, in the person's office's log.</summary>
    public static Task AddWorkAsync(this GatewayApiFactory factory, long personId, long unitId,
        params (FieldWorkKind Kind, string Day, int Count)[] work) => factory.WithDbAsync(async db =>
    {
        var resident = await db.Residents.Where(r => r.SpecialGroup != null).OrderBy(r => r.Id).Select(r => r.Id)
            .FirstAsync();
        foreach (var (kind, day, count) in work)
            db.FieldWorkEvents.Add(new FieldWorkEvent
            {
                PersonId = personId, OwnerUnitId = unitId, Kind = kind, OccurredAt = At(day), ReceivedAt = At(day, 11),
                Count = count, ResidentId = kind == FieldWorkKind.SpecialGroupService ? resident : null,
            });
        await db.SaveChangesAsync();
    });

    /// <summary>The running office police posting of <paramref name="unitCode"/>: (person id, unit id).</summary>
    public static Task<(long Person, long Unit)> OfficerAsync(this GatewayApiFactory factory, string unitCode) =>
        factory.WithDbAsync(async db =>
        {
            var posting = await db.Assignments.AsNoTracking().Where(a => a.Unit!.Code == unitCode
                && a.Role == AssignmentRole.OfficePolice && a.To == null).FirstAsync();
            return (posting.PersonId, posting.UnitId);
        });
}
