using Gateway.Api.Data;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// The events outside systems are told about (webhooks now, GraphQL subscriptions later), named as Standard Webhooks
/// types are: <c>noun.past-tense</c>. Which client may receive which, and what each carries, is the integrations
/// area's to decide.
/// </summary>
public static class OutgoingEventTypes
{
    public const string GridWorkerPosted = "grid-worker.posted";
    public const string GridWorkerReleased = "grid-worker.released";
    public const string RequestDiverted = "request.diverted";
    public const string RequestOverdue = "request.overdue";
    public const string RequestClosed = "request.closed";
    public const string MediationCaseSettled = "mediation-case.settled";
    public const string InformantAuthorisationLapsing = "informant.authorisation-lapsing";
}

/// <summary>Something that happened to <paramref name="Subject"/> (the changed row, saved by the time the event is
/// written), of type <paramref name="Type"/> (<see cref="OutgoingEventTypes"/>).</summary>
public sealed record OutgoingEvent(string Type, object Subject);

/// <summary>
/// Writes events as outbox rows into the context that made the change, so they commit or roll back with it and are
/// delivered after the commit (at least once). Declared here so every area may raise events; the integrations area
/// implements it.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds the rows of <paramref name="events"/> to <paramref name="db"/>, unsaved.</summary>
    Task WriteAsync(GatewayDbContext db, IReadOnlyList<OutgoingEvent> events, CancellationToken cancellationToken);
}
