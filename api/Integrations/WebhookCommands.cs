using Gateway.Api.Administration;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security.Clients;

namespace Gateway.Api.Integrations;

/// <summary>
/// What a system admin does to the webhook subscriptions of its scope's clients: subscribe a client to event types at
/// a receiver, change or pause that, replace the signing secret (shown once), and queue dead-lettered deliveries again.
/// </summary>
public static class WebhookCommands
{
    public const int MaxReplayed = 100;

    public static readonly OneTimeField SigningSecret = new("signingSecret",
        "The subscription's signing secret, whsec_<base64>, shown this once: store it with the receiver, which "
        + "verifies each delivery's webhook-signature with it. Null when the change was refused, and in the answer to "
        + "a retry with the same idempotency key.");

    public static MutationCommand<CreateWebhookSubscriptionInput, WebhookSubscription> Create { get; } =
        new(input => EventTypeErrors(input.EventTypes), CreateAsync) { OneTimeFields = [SigningSecret] };

    public static MutationCommand<UpdateWebhookSubscriptionInput, WebhookSubscription> Update { get; } =
        new(input => EventTypeErrors(input.EventTypes), UpdateAsync) { MayConflict = true, Subject = i => i.Id };

    public static MutationCommand<RotateWebhookSecretInput, WebhookSubscription> Rotate { get; } =
        new(_ => [], RotateAsync) { MayConflict = true, Subject = i => i.Id, OneTimeFields = [SigningSecret] };

    public static MutationCommand<ReplayWebhookDeliveriesInput, ReplayedWebhookDeliveries> Replay { get; } =
        new(input => input.Ids.Count is 0 or > MaxReplayed
                ? new InputRules().Invalid(nameof(input.Ids), $"须有 1 至 {MaxReplayed} 项",
                    $"takes 1 to {MaxReplayed} ids").Errors
                : [],
            ReplayAsync)
        {
            AuditedObjects = replayed =>
                [.. replayed.Deliveries.Select(d => GlobalId.Encode(nameof(WebhookDelivery), d.Id))],
        };

    private static IReadOnlyList<MutationError> EventTypeErrors(IReadOnlyList<string> types)
    {
        const string field = nameof(CreateWebhookSubscriptionInput.EventTypes);
        if (types.Count is 0 or > WebhookSubscription.MaxEventTypes)
            return new InputRules().Invalid(field, $"须有 1 至 {WebhookSubscription.MaxEventTypes} 项",
                $"takes 1 to {WebhookSubscription.MaxEventTypes} event types").Errors;
        return
        [
            .. types.Select((type, i) => (type, i)).Where(t => OutgoingEventCatalogue.Find(t.type) is null)
                .Select(t => new ValidationError(new($"“{t.type}”不是可订阅的事件类型。",
                    $"'{t.type}' is not an event type one can subscribe to."), InputRules.ItemPath(field, t.i))),
            .. types.Select((type, i) => (type, i))
                .Where(t => OutgoingEventCatalogue.Find(t.type) is { OverWebhooks: false })
                .Select(t => new ValidationError(new($"“{t.type}”只发给具体的人(如信息员的控制人),不经 Webhook 发送;"
                    + "请通过 WebSocket 订阅接收。",
                    $"'{t.type}' is addressed to one person (such as an informant's controller), never to a machine "
                    + "client: it is not sent over webhooks; receive it through a subscription over WebSocket."),
                    InputRules.ItemPath(field, t.i))),
        ];
    }

    /// <summary>Whether <paramref name="url"/> may receive deliveries: https; plain http only to a loopback address,
    /// and only where the service itself runs for development or tests.</summary>
    public static bool IsAcceptedUrl(string url, IHostEnvironment environment) =>
        url.Length <= WebhookSubscription.UrlMaxLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length == 0 && uri.Fragment.Length == 0
        && (uri.Scheme == Uri.UriSchemeHttps
            || (uri.Scheme == Uri.UriSchemeHttp && (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
                && uri.IsLoopback));

    private static bool CheckUrl(MutationContext context, string url)
    {
        if (IsAcceptedUrl(url.Trim(), context.Services.GetRequiredService<IHostEnvironment>())) return true;
        context.Refuse(new WebhookUrlError(InputPath.Of(nameof(CreateWebhookSubscriptionInput.Url))));
        return false;
    }

    private static async Task<WebhookSubscription?> CreateAsync(CreateWebhookSubscriptionInput input,
        MutationContext context, CancellationToken cancellationToken)
    {
        var client = await context.FindAsync<ApiClient>(input.ClientId, cancellationToken);
        if (client is null || !CheckUrl(context, input.Url)) return null;
        if (client.RevokedAt is not null)
        {
            context.Refuse(new ClientRevokedError(InputPath.Of(nameof(input.ClientId))));
            return null;
        }
        var secret = WebhookSigning.NewSecret();
        var subscription = new WebhookSubscription
        {
            ApiClientId = client.Id, OwnerUnitId = client.OwnerUnitId, Url = input.Url.Trim(),
            EventTypes = [.. input.EventTypes.Distinct()], SigningSecret = secret, Active = true,
            CreatedAt = ApiKeyRegistry.Now(context),
        };
        context.Db.Add(subscription);
        context.ShowOnce(SigningSecret, secret);
        return subscription;
    }

    private static async Task<WebhookSubscription?> UpdateAsync(UpdateWebhookSubscriptionInput input,
        MutationContext context, CancellationToken cancellationToken)
    {
        var subscription = await context.FindAsync<WebhookSubscription>(input.Id, input.Version, cancellationToken);
        if (subscription is null || !CheckUrl(context, input.Url)) return null;
        (subscription.Url, subscription.EventTypes, subscription.Active) =
            (input.Url.Trim(), [.. input.EventTypes.Distinct()], input.Active);
        return subscription;
    }

    private static async Task<WebhookSubscription?> RotateAsync(RotateWebhookSecretInput input,
        MutationContext context, CancellationToken cancellationToken)
    {
        var subscription = await context.FindAsync<WebhookSubscription>(input.Id, input.Version, cancellationToken);
        if (subscription is null) return null;
        var secret = WebhookSigning.NewSecret();
        (subscription.SigningSecret, subscription.SecretRotatedAt) = (secret, ApiKeyRegistry.Now(context));
        context.ShowOnce(SigningSecret, secret);
        return subscription;
    }

    private static async Task<ReplayedWebhookDeliveries?> ReplayAsync(ReplayWebhookDeliveriesInput input,
        MutationContext context, CancellationToken cancellationToken)
    {
        var deliveries = new List<WebhookDelivery>();
        for (var i = 0; i < input.Ids.Count; i++)
        {
            var path = InputRules.ItemPath(nameof(input.Ids), i);
            var delivery = await context.FindAsync<WebhookDelivery>(input.Ids[i], path, null, cancellationToken);
            if (delivery is null) continue;
            if (delivery.Status != WebhookDeliveryStatus.DeadLettered)
                context.Refuse(new WebhookDeliveryNotDeadLetteredError(delivery.Status, path));
            else if (!deliveries.Contains(delivery)) deliveries.Add(delivery);
        }
        if (context.IsRefused) return null;
        var now = ApiKeyRegistry.Now(context);
        // A fresh round of attempts; the last error stays until the next attempt replaces it.
        foreach (var delivery in deliveries)
            (delivery.Status, delivery.Attempts, delivery.NextAttemptAt, delivery.LockedUntil) =
                (WebhookDeliveryStatus.Pending, 0, now, null);
        return new ReplayedWebhookDeliveries(deliveries);
    }
}

/// <summary>The deliveries a replay queued again.</summary>
public sealed record ReplayedWebhookDeliveries(IReadOnlyList<WebhookDelivery> Deliveries) : Data.IIdentified
{
    /// <summary>The first delivery's: a replay has no row of its own.</summary>
    public long Id => Deliveries[0].Id;
}
