using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Integrations;

public static class IntegrationsSetup
{
    /// <summary>The outbox the mutations write events to, the worker that delivers them as webhooks, the feed of
    /// GraphQL subscriptions, and the job that raises informants' lapsing notices.</summary>
    public static IHostApplicationBuilder AddGatewayIntegrations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.AreValid, "Webhooks: PollSeconds and RetrySeconds must not be negative, Jitter must lie "
                + "in 0..1, TimeoutSeconds be positive, LeaseSeconds exceed it, BatchSize and StuckAfterSeconds be "
                + "positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IOutbox, Outbox>();
        builder.Services.AddSingleton<IOutboxHealth, OutboxHealth>();
        builder.Services.AddHttpClient(WebhookDeliveryWorker.HttpClientName, client =>
            {
                // The worker bounds each attempt itself.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Gateway-Webhooks/1");
            })
            // A receiver that redirects has not acknowledged; following it could lead a signed body anywhere.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddSingleton<WebhookDeliveryWorker>()
            .AddHostedService(provider => provider.GetRequiredService<WebhookDeliveryWorker>());
        builder.Services.AddOptions<SubscriptionOptions>().BindConfiguration(SubscriptionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OutboxFeed>()
            .AddHostedService(provider => provider.GetRequiredService<OutboxFeed>());
        builder.Services.AddOptions<LapsingNoticeOptions>().BindConfiguration(LapsingNoticeOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AuthorisationLapsingJob>()
            .AddHostedService(provider => provider.GetRequiredService<AuthorisationLapsingJob>());
        return builder;
    }
}
