using Gateway.Api.Administration;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Integrations;

/// <summary>A system admin's changes to the webhook subscriptions of its scope's clients (clients.manage).</summary>
public sealed class WebhookMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateWebhookSubscriptionInput, WebhookSubscription, WebhookSubscriptionType>(
                "createWebhookSubscription",
                "Subscribes a client of the caller's scope to event types at a receiver URL, and answers the signing "
                + "secret, this once.", "webhookSubscription", WebhookCommands.Create,
                typeof(ErrorGraphType<WebhookUrlError>), typeof(ErrorGraphType<ClientRevokedError>))
            .RequirePermission(Permissions.ClientsManage);
        mutation.Mutation<UpdateWebhookSubscriptionInput, WebhookSubscription, WebhookSubscriptionType>(
                "updateWebhookSubscription",
                "Changes a subscription's receiver and event types, or pauses it (active: false).",
                "webhookSubscription", WebhookCommands.Update, typeof(ErrorGraphType<WebhookUrlError>))
            .RequirePermission(Permissions.ClientsManage);
        mutation.Mutation<RotateWebhookSecretInput, WebhookSubscription, WebhookSubscriptionType>(
                "rotateWebhookSecret",
                "Gives a subscription a new signing secret, answered this once; deliveries are signed with it from now "
                + "on.", "webhookSubscription", WebhookCommands.Rotate)
            .RequirePermission(Permissions.ClientsManage);
        mutation.Mutation<ReplayWebhookDeliveriesInput, ReplayedWebhookDeliveries, ReplayedWebhookDeliveriesType>(
                "replayWebhookDeliveries",
                "Queues dead-lettered deliveries (死信) again, each with a fresh round of attempts; the receiver gets "
                + "the same webhook-id as before.", "replayed",
                WebhookCommands.Replay, typeof(ErrorGraphType<WebhookDeliveryNotDeadLetteredError>))
            .RequirePermission(Permissions.ClientsManage);
    }
}
