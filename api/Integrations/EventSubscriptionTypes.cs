using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Api.Integrations;

/// <summary>
/// <c>events(types:)</c>: the outgoing events webhooks carry, as a subscription over WebSocket. The caller hears of
/// the events of the kinds it may receive (each kind's receive permission) owned inside its scope, and of an event
/// addressed to one person only when it is that person; each message holds the fields its permissions cover.
/// </summary>
public sealed class EventSubscriptionFields : ISubscriptionFields
{
    public const string TypesArgument = "types";

    public void AddTo(ObjectGraphType subscription) =>
        // Open to every caller: which events reach it is the feed's to decide, kind by kind (its receive permission).
        subscription.Field<NonNullGraphType<OutgoingEventMessageType>>("events")
            .Description("Events as they happen (事件推送), from the moment of subscribing: the same events, ids and "
                + "data as webhooks, for the caller's scope and permissions. informant.authorisation-lapsing reaches "
                + "only the signed-in informant's controller (控制人).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>(TypesArgument,
                "The event types to hear of (事件类型), e.g. grid-worker.posted; all the caller may receive when left "
                + "out.")
            .ResolveStreamAsync(async context =>
            {
                var caller = context.RequestServices!.GetRequiredService<TenantScope>();
                var types = TypesFor(caller, context.GetArgument<List<string>?>(TypesArgument));
                var audience = new EventAudience(caller.UnitPath, caller.Permissions, caller.PersonId);
                return await context.RequestServices!.GetRequiredService<OutboxFeed>()
                    .JoinAsync(audience, types, context.CancellationToken);
            })
            .FieldType.AllowAnyCaller();

    /// <summary>The types asked for, checked: each must be a known kind the caller may receive.</summary>
    private static HashSet<string> TypesFor(TenantScope caller, List<string>? asked)
    {
        if (asked is null)
            return [.. OutgoingEventCatalogue.Kinds.Where(k => MayReceive(caller, k)).Select(k => k.Type)];
        if (asked.FirstOrDefault(t => OutgoingEventCatalogue.Find(t) is null) is { } unknown)
            throw new ExecutionError($"'{unknown}' is not an event type one can subscribe to.") { Code = "VALIDATION" };
        if (asked.FirstOrDefault(t => !MayReceive(caller, OutgoingEventCatalogue.Find(t)!)) is { } refused)
            throw new ExecutionError($"You may not receive '{refused}' events (an event addressed to one person "
                + "reaches only an account that is that person).")
            {
                Code = PermissionValidationRule.AccessDenied,
            };
        return [.. asked];
    }

    /// <summary>The kind's permission, and for a kind addressed to one person a caller who is a person: a machine
    /// client is nobody's controller.</summary>
    private static bool MayReceive(TenantScope caller, OutgoingEventCatalogue.EventKind kind) =>
        caller.Has(kind.ReceivePermission) && (kind.AddresseeField is null || caller.PersonId is not null);
}

public sealed class OutgoingEventMessageType : ObjectGraphType<OutgoingEventMessage>
{
    public OutgoingEventMessageType()
    {
        Name = "OutgoingEventMessage";
        Description = "One event (事件), as a webhook delivers it: its id, type, time and the data the caller may read.";
        this.AllowAnyCaller();
        Field<NonNullGraphType<StringGraphType>>("eventId").Resolve(c => c.Source.EventId.ToString())
            .Description("The event's id (事件编号), the webhook-id of its webhook deliveries: de-duplicate by it.");
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type)
            .Description("The event type (事件类型), e.g. grid-worker.posted.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Resolve(c => c.Source.OccurredAt)
            .Description("When it happened (发生时间), in county time (+08:00).");
        Field<NonNullGraphType<EventDataGraphType>>("data").Resolve(c => c.Source.Data)
            .Description("The event's fields (事件数据) the caller may read, as the webhook body's data: a field "
                + "the caller may not read is left out.");
    }
}

/// <summary>An event's data: a JSON object whose members depend on the event type (output only).</summary>
public sealed class EventDataGraphType : ScalarGraphType
{
    public EventDataGraphType()
    {
        Name = "EventData";
        Description = "An event's data (事件数据): a JSON object of ids, codes, days and times, as webhooks send it.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        JsonObject data => data,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value);

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);
}
