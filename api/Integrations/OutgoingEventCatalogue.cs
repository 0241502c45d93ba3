using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Informants;
using Gateway.Api.Mediation;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Requests;
using Gateway.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Integrations;

/// <summary>One field of an event's data, and the permission a client needs to be sent it (null: any client that
/// receives the event).</summary>
public sealed record EventField(string Name, JsonNode? Value, string? Permission);

/// <summary>What an event carries, before it is cut to what one subscriber may read.</summary>
public sealed record EventFacts(long UnitId, IReadOnlyList<EventField> Fields);

/// <summary>
/// Every event type outside systems can subscribe to: the permission a client needs to receive it at all, and what it
/// carries. Fields hold ids (global ids, as the API gives them), codes and times; personal data (ID numbers, phones,
/// a resident's name, an informant's identity) never travel, whatever the subscriber may read.
/// </summary>
public static class OutgoingEventCatalogue
{
    /// <param name="AddresseeField">The field holding the global id of the one person the event is for, or null when
    /// it is for everyone in scope with <paramref name="ReceivePermission"/>. A machine client is nobody, so an event
    /// with an addressee is not sent over webhooks, only over subscriptions to the signed-in person it names.</param>
    public sealed record EventKind(string Type, string ReceivePermission, string Description,
        string? AddresseeField = null)
    {
        public bool OverWebhooks => AddresseeField is null;
    }

    public const string ControllerField = "controllerId";
    public const string AuthorisationField = "authorisationId";

    public static readonly IReadOnlyList<EventKind> Kinds =
    [
        new(OutgoingEventTypes.GridWorkerPosted, Permissions.OfficesRead,
            "A grid worker (网格员) was posted to a community office and grid."),
        new(OutgoingEventTypes.GridWorkerReleased, Permissions.OfficesRead,
            "A grid worker's posting ended (transfer, end of posting, deactivation)."),
        new(OutgoingEventTypes.RequestDiverted, Permissions.RequestsRead,
            "A non-police request was diverted to the 4312345 centre; its deadline runs."),
        new(OutgoingEventTypes.RequestOverdue, Permissions.RequestsRead,
            "A diverted request passed its deadline unanswered and was chased (催办)."),
        new(OutgoingEventTypes.RequestClosed, Permissions.RequestsRead, "A diverted request was closed (办结)."),
        new(OutgoingEventTypes.MediationCaseSettled, Permissions.MediationRead,
            "A mediation case was settled by a signed agreement (达成协议)."),
        new(OutgoingEventTypes.InformantAuthorisationLapsing, Permissions.InformantsRead,
            "An informant's authorisation (授权期) lapses soon and no renewal follows it; to its controller only.",
            AddresseeField: ControllerField),
    ];

    public static EventKind? Find(string type) => Kinds.FirstOrDefault(k => k.Type == type);

    /// <summary>The facts of <paramref name="e"/>; its subject is saved, and what it points at is read alongside
    /// (past the caller's filters: the event is about the caller's own change).</summary>
    public static async Task<EventFacts> FactsOfAsync(GatewayDbContext db, OutgoingEvent e,
        CancellationToken cancellationToken) => e.Subject switch
    {
        Assignment posting => await PostingFactsAsync(db, posting, cancellationToken),
        ServiceRequest request => RequestFacts(request, request.Deadline),
        RequestChase chase => RequestFacts(await db.ServiceRequests.IgnoreQueryFilters()
            .SingleAsync(r => r.Id == chase.RequestId, cancellationToken), chase.Deadline, chase.ChasedAt),
        MediationCase mediationCase => MediationFacts(mediationCase),
        AuthorisationLapsing lapsing => LapsingFacts(lapsing),
        _ => throw new InvalidOperationException(
            $"{e.Type} is raised on a {e.Subject.GetType().Name}, which no event describes."),
    };

    private static async Task<EventFacts> PostingFactsAsync(GatewayDbContext db, Assignment posting,
        CancellationToken cancellationToken)
    {
        using var acrossTenants = db.LiftRowSecurity();
        var person = await db.People.IgnoreQueryFilters().Where(p => p.Id == posting.PersonId)
            .Select(p => new { p.Name }).SingleAsync(cancellationToken);
        var unit = await db.OrgUnits.IgnoreQueryFilters().Where(u => u.Id == posting.UnitId)
            .Select(u => new { u.Code, u.NameZh }).SingleAsync(cancellationToken);
        return new EventFacts(posting.UnitId,
        [
            new("postingId", Id<Assignment>(posting.Id), Permissions.PersonnelRead),
            new("personId", Id<Person>(posting.PersonId), Permissions.PersonnelRead),
            new("personName", person.Name, Permissions.PersonnelRead),
            new("officeId", Id<OrgUnit>(posting.UnitId), null),
            new("officeCode", unit.Code, null),
            new("officeName", unit.NameZh, null),
            new("gridId", posting.GridId is { } grid ? Id<Grid>(grid) : null, Permissions.GridsRead),
            new("from", posting.From.ToString("yyyy-MM-dd"), null),
            new("to", posting.To?.ToString("yyyy-MM-dd"), null),
        ]);
    }

    private static EventFacts RequestFacts(ServiceRequest request, DateTime? deadline, DateTime? chasedAt = null) =>
        new(request.OwnerUnitId,
        [
            new("requestId", Id<ServiceRequest>(request.Id), null),
            new("number", request.Number, null),
            new("kind", EnumNames.Schema(request.Kind), null),
            new("stage", EnumNames.Schema(request.Stage), null),
            new("ticketNumber", request.TicketNumber, null),
            new("divertedAt", Time(request.DivertedAt), null),
            new("deadline", Time(deadline), null),
            .. chasedAt is null ? [] : new[] { new EventField("chasedAt", Time(chasedAt), null) },
            new("closedAt", Time(request.ClosedAt), null),
            new("gridId", request.GridId is { } grid ? Id<Grid>(grid) : null, Permissions.GridsRead),
        ]);

    private static EventFacts MediationFacts(MediationCase mediationCase) => new(mediationCase.OwnerUnitId,
    [
        new("caseId", Id<MediationCase>(mediationCase.Id), null),
        new("caseNumber", mediationCase.CaseNumber, null),
        new("kind", EnumNames.Schema(mediationCase.Kind), null),
        new("settledAt", Time(mediationCase.ClosedAt), null),
        new("gridId", mediationCase.GridId is { } grid ? Id<Grid>(grid) : null, Permissions.GridsRead),
    ]);

    /// <summary>Which informant, which period and who controls it: never the code name or the identity.</summary>
    private static EventFacts LapsingFacts(AuthorisationLapsing lapsing) => new(lapsing.OwnerUnitId,
    [
        new("informantId", Id<Informant>(lapsing.InformantId), null),
        new(AuthorisationField, Id<InformantAuthorisation>(lapsing.AuthorisationId), null),
        new("lapsesOn", lapsing.ValidUntil.ToString("yyyy-MM-dd"), null),
        new(ControllerField, Id<Person>(lapsing.ControllerId), null),
    ]);

    /// <summary>The global id of the person <paramref name="kind"/>'s event is addressed to, from its stored fields;
    /// null for an event to everyone in scope.</summary>
    public static long? AddresseeOf(EventKind kind, IEnumerable<EventField> fields) =>
        kind.AddresseeField is { } name
            && GlobalId.TryDecode(fields.FirstOrDefault(f => f.Name == name)?.Value?.GetValue<string>(),
                out var type, out var id) && type == nameof(Person)
            ? id
            : null;

    /// <summary>
    /// What one receiver gets of an event's stored fields: those whose permission it holds. A field it may not read is
    /// left out, not masked, so its absence says nothing of its value. Webhook bodies and subscription messages alike.
    /// </summary>
    public static JsonObject DataFor(IEnumerable<EventField> fields, IReadOnlySet<string> permissions)
    {
        var data = new JsonObject();
        foreach (var field in fields)
            if (field.Permission is null || permissions.Contains(field.Permission))
                data[field.Name] = field.Value?.DeepClone();
        return data;
    }

    /// <summary>The fields an <see cref="OutboxEvent"/> row stores.</summary>
    public static IReadOnlyList<EventField> FieldsOf(string storedFields) =>
        JsonSerializer.Deserialize<List<EventField>>(storedFields)!;

    private static JsonNode Id<T>(long id) => JsonValue.Create(GlobalId.Encode(typeof(T).Name, id));

    /// <summary>A UTC instant as county time, +08:00.</summary>
    public static string? Time(DateTime? utc) => utc is { } instant
        ? new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Utc)).ToOffset(CountyCalendar.Offset)
            .ToString("yyyy-MM-ddTHH:mm:sszzz")
        : null;
}
