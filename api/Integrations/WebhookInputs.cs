using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Integrations;

[Description("A new webhook subscription (webhook 订阅) of a machine client: where to post which events.")]
public sealed record CreateWebhookSubscriptionInput : IIdempotentInput
{
    [Id, Description("Global id of the client (接入系统) the subscription belongs to; it hears of events of its unit and "
        + "below, with the fields its roles may read.")]
    public required string ClientId { get; init; }

    [Description("The receiver: an absolute https URL, at most 500 characters, without user name or fragment (plain "
        + "http to a loopback address only in Development and Testing). Redirects are never followed.")]
    public required string Url { get; init; }

    [Description("The event types, e.g. \"grid-worker.posted\"; 1 to 20 of grid-worker.posted, grid-worker.released, "
        + "request.diverted, request.overdue, request.closed, mediation-case.settled.")]
    public required IReadOnlyList<string> EventTypes { get; init; }

    [Description("Chosen by the caller (a UUID serves): sent again with the same input, the subscription is made once, "
        + "and the retry answers it without its secret.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A subscription's receiver, events and standing as they now stand, named with the version read.")]
public sealed record UpdateWebhookSubscriptionInput
{
    [Id, Description("Global id of the subscription.")]
    public required string Id { get; init; }

    [Description("The version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("The receiver, under the same rules as at creation.")]
    public required string Url { get; init; }

    [Description("The event types, 1 to 20.")]
    public required IReadOnlyList<string> EventTypes { get; init; }

    [Description("False pauses it: no event is fanned out to it while inactive (those already queued still go).")]
    public required bool Active { get; init; }
}

[Description("A subscription whose signing secret is replaced, named with the version read.")]
public sealed record RotateWebhookSecretInput
{
    [Id, Description("Global id of the subscription.")]
    public required string Id { get; init; }

    [Description("The version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("Dead-lettered deliveries to queue again.")]
public sealed record ReplayWebhookDeliveriesInput
{
    [Id, Description("Global ids of the deliveries, 1 to 100, each dead-lettered.")]
    public required IReadOnlyList<string> Ids { get; init; }
}
