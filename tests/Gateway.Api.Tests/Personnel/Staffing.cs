using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Personnel;

/// <summary>Sends the personnel mutations the way a client does, and reads people, postings and leave back as the
/// system sees them.</summary>
internal static class Staffing
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";
    private const string PersonFields = "id kind name badgeNumber phone idNumber deactivatedOn version unit { code } "
        + "suppliedBy { id } deactivatedBy { id }";
    private const string PostingFields = "id role from to version person { id } unit { id code } grid { id } "
        + "squad { id } assignedBy { id } endedBy { id }";
    private const string LeaveFields = "id kind from to note cancelledOn version person { id } recordedBy { id } "
        + "cancelledBy { id }";

    /// <summary>The document of each mutation, by name: the changed object under its payload field, and the
    /// errors.</summary>
    public static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>
    {
        ["createPerson"] = Document("createPerson", "CreatePersonInput", $"person {{ {PersonFields} }}"),
        ["updatePerson"] = Document("updatePerson", "UpdatePersonInput", $"person {{ {PersonFields} }}"),
        ["deactivatePerson"] = Document("deactivatePerson", "DeactivatePersonInput", $"person {{ {PersonFields} }}"),
        ["postPerson"] = Document("postPerson", "PostPersonInput",
            $"assignment {{ {PostingFields} }} warnings {{ code }}"),
        ["transferPerson"] = Document("transferPerson", "TransferPersonInput",
            $"assignment {{ {PostingFields} }} warnings {{ code }}"),
        ["endPosting"] = Document("endPosting", "EndPostingInput",
            $"assignment {{ {PostingFields} }} warnings {{ code }}"),
        ["recordLeave"] = Document("recordLeave", "RecordLeaveInput", $"leavePeriod {{ {LeaveFields} }}"),
        ["cancelLeave"] = Document("cancelLeave", "CancelLeaveInput", $"leavePeriod {{ {LeaveFields} }}"),
    };

    private static string Document(string mutation, string inputType, string result) =>
        $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {result} {Errors} }} }}";

    /// <summary>Sends <paramref name="mutation"/> with <paramref name="input"/>; the payload.</summary>
    public static async Task<JsonNode> MutateAsync(this GraphQLClient client, string mutation, object input)
    {
        var response = await client.PostAsync(Documents[mutation], new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    /// <summary>The payload's result under <paramref name="field"/>, failing with the errors when refused.</summary>
    public static JsonNode Made(this JsonNode payload, string field)
    {
        Assert.True(payload["errors"] is null, $"Refused: {payload.ToJsonString()}");
        return payload[field]!;
    }

    /// <summary>The one error of a refused payload, with its result null: (typename, code, dotted path).</summary>
    public static (string Type, string Code, string Path) Refusal(this JsonNode payload, string field)
    {
        Assert.Null(payload[field]);
        var error = Assert.Single(payload.Items("errors"));
        return (error.Str("__typename"), error.Str("code"),
            string.Join('.', error.Items("path").Select(p => p.GetValue<string>())));
    }

    public static string Id(string type, long id) => GlobalId.Encode(type, id);

    public static string IdOf(Person person) => Id("Person", person.Id);
    public static string IdOf(Assignment posting) => Id("Assignment", posting.Id);
    public static string IdOf(OrgUnit unit) => Id("OrgUnit", unit.Id);

    public static Task<OrgUnit> UnitAsync(this GatewayApiFactory factory, string code) =>
        factory.WithDbAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code));

    /// <summary>The running posting in <paramref name="unitCode"/> of the given role, lowest id first.</summary>
    public static Task<Assignment> RunningPostingAsync(this GatewayApiFactory factory, string unitCode,
        AssignmentRole role, int index = 0) =>
        factory.WithDbAsync(db => db.Assignments.AsNoTracking().Include(a => a.Person)
            .Where(a => a.Unit!.Code == unitCode && a.Role == role && a.To == null).OrderBy(a => a.Id)
            .Skip(index).FirstAsync());

    public static Task<Person> PersonAsync(this GatewayApiFactory factory, long id) =>
        factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == id));

    public static Task<Assignment> PostingAsync(this GatewayApiFactory factory, long id) =>
        factory.WithDbAsync(db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<List<Assignment>> PostingsOfAsync(this GatewayApiFactory factory, long personId) =>
        factory.WithDbAsync(db => db.Assignments.AsNoTracking().Where(a => a.PersonId == personId)
            .OrderBy(a => a.From).ToListAsync());

    public static Task<string> GridIdAsync(this GatewayApiFactory factory, string unitCode, int index = 0) =>
        factory.WithDbAsync(async db => Id("Grid", await db.Grids.Where(g => g.OwnerUnit!.Code == unitCode)
            .OrderBy(g => g.Id).Skip(index).Select(g => g.Id).FirstAsync()));

    public static Task<long> LastAuditIdAsync(this GatewayApiFactory factory) =>
        factory.WithDbAsync(async db => await db.AuditRecords.MaxAsync(r => (long?)r.Id) ?? 0);

    /// <summary>The one mutation's audit record written since <paramref name="lastAudit"/>, with its outcome (reads of
    /// phones and ID numbers the payloads select are audited besides).</summary>
    public static async Task<AuditRecord> AuditedAsync(this GatewayApiFactory factory, long lastAudit,
        string mutation, AuditOutcome outcome)
    {
        var record = Assert.Single(await factory.WithDbAsync(db => db.AuditRecords.AsNoTracking()
            .Where(r => r.Id > lastAudit && r.Operation.StartsWith(MutationRunner.AuditOperationPrefix))
            .ToListAsync()));
        Assert.Equal((MutationRunner.AuditOperationPrefix + mutation, outcome), (record.Operation, record.Outcome));
        return record;
    }

    /// <summary>Every person, posting and leave period as stored, to show that a refusal changed nothing.</summary>
    public static Task<string> StaffingStateAsync(this GatewayApiFactory factory) => factory.WithDbAsync(async db =>
        string.Join('\n',
            (await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync()).Select(p =>
                $"P{p.Id} {p.OwnerUnitId} {p.Name} {p.BadgeNumber} {p.Phone} {p.IdNumber} {p.SuppliedById} "
                + $"{p.DeactivatedOn} {p.Version}")
            .Concat((await db.Assignments.AsNoTracking().OrderBy(a => a.Id).ToListAsync()).Select(a =>
                $"A{a.Id} {a.PersonId} {a.UnitId} {a.GridId} {a.Role} {a.From} {a.To} {a.EndedById} {a.Version}"))
            .Concat((await db.LeavePeriods.AsNoTracking().OrderBy(l => l.Id).ToListAsync()).Select(l =>
                $"L{l.Id} {l.PersonId} {l.Kind} {l.From} {l.To} {l.CancelledOn} {l.Version}"))));

    /// <summary>A valid resident ID number born on <paramref name="born"/>, in Gong County.</summary>
    public static string ResidentId(DateOnly born, string sequence = "123")
    {
        var body = "511526" + born.ToString("yyyyMMdd") + sequence;
        return body + ResidentIdNumber.CheckCharacter(body);
    }
}
