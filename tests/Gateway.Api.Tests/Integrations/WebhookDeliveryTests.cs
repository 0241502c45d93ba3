using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Integrations;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Integrations;

/// <summary>
/// Events out: a grid worker posted in Nanjing reaches the receivers of subscriptions whose client's scope covers
/// Nanjing, signed the Standard Webhooks way, with the fields each client may read; failed attempts are retried on the
/// back-off under one webhook-id and dead-lettered after the last; a dead letter replayed is delivered; the outbox
/// outlives a host stopped between the commit and the delivery. The worker does not poll here: each test runs its
/// rounds, and a fake clock skips the waits.
/// </summary>
public sealed class WebhookDeliveryTests(WebhookDeliveryTests.WebhookApiFactory factory)
    : IClassFixture<WebhookDeliveryTests.WebhookApiFactory>, IAsyncLifetime
{
    private const string Subscription = "webhookSubscription { id url eventTypes active version client { clientId } }";
    private const string Errors = "errors { __typename ... on Error { code path } }";

    private WebhookReceiver receiver = null!;
    private GraphQLClient admin = null!;

    public async Task InitializeAsync()
    {
        await factory.ResetToSeededCountyAsync();
        receiver = await WebhookReceiver.StartAsync();
        admin = (await UserSignIn.SignInAsync(factory, "bureau.admin")).Client;
    }

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    private WebhookDeliveryWorker Worker => factory.Services.GetRequiredService<WebhookDeliveryWorker>();

    private static async Task<JsonNode> SendAsync(GraphQLClient client, string mutation, object input, string result)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        var response = await client.PostAsync($"mutation($input: {type}Input!) {{ {mutation}(input: $input) "
            + $"{{ {result} {Errors} }} }}", new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    private static string CodeOf(JsonNode payload) => payload.Items("errors").Single().Str("code");

    private Task<string> ClientIdAsync(string clientId) => factory.WithDbAsync(async db =>
        GlobalId.Encode(nameof(ApiClient), await db.ApiClients.Where(c => c.ClientId == clientId)
            .Select(c => c.Id).SingleAsync()));

    /// <summary>Subscribes <paramref name="clientId"/> to grid-worker.posted at the receiver: its id and
    /// secret.</summary>
    private async Task<(string Id, string Secret)> SubscribeAsync(string clientId, string? url = null)
    {
        var payload = await SendAsync(admin, "createWebhookSubscription", new
        {
            clientId = await ClientIdAsync(clientId), url = url ?? receiver.Url,
            eventTypes = new[] { "grid-worker.posted" },
        }, Subscription + " signingSecret");
        return (payload.Made("webhookSubscription").Str("id"), payload.Str("signingSecret"));
    }

    private async Task<(string PersonId, string GridId)> PostGridWorkerInNanjingAsync()
    {
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");
        var personId = (await nanjing.MutateAsync("createPerson", new
        {
            kind = "GRID_WORKER", name = "新网格员", unitId = IdOf(await factory.UnitAsync("nanjing")),
        })).Made("person").Str("id");
        var gridId = await factory.GridIdAsync("nanjing", 1);
        (await nanjing.MutateAsync("postPerson", new
        {
            personId, unitId = IdOf(await factory.UnitAsync("nanjing")), gridId, role = "GRID_WORKER",
            from = "2026-11-01",
        })).Made("assignment");
        return (personId, gridId);
    }

    private static JsonNode DataOf(WebhookReceiver.Received delivery) => JsonNode.Parse(delivery.Body)!["data"]!;

    private void Advance(double seconds) => factory.Clock.Advance(TimeSpan.FromSeconds(seconds));

    [Fact]
    public async Task A_posted_grid_worker_is_retried_after_two_failures_under_one_id_and_each_attempt_verifies()
    {
        var (_, secret) = await SubscribeAsync("demo-committee");
        receiver.AnswerNext(500, 500);
        var (personId, gridId) = await PostGridWorkerInNanjingAsync();

        Assert.Equal(1, await Worker.RunOnceAsync(CancellationToken.None));
        // Not due before its back-off has passed (5 s, lengthened by at most a fifth).
        Assert.Equal(0, await Worker.RunOnceAsync(CancellationToken.None));
        Advance(6.1);
        Assert.Equal(1, await Worker.RunOnceAsync(CancellationToken.None));
        Advance(36.1);
        Assert.Equal(1, await Worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Worker.RunOnceAsync(CancellationToken.None));

        var attempts = receiver.Deliveries.ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(a => a.Id).Distinct());
        Assert.All(attempts, a => Assert.True(StandardWebhooksVerifier.Verifies(secret, a), a.Signature));
        Assert.False(StandardWebhooksVerifier.Verifies(secret, attempts[0] with { Body = attempts[0].Body + " " }));
        var body = JsonNode.Parse(attempts[2].Body)!;
        Assert.Equal("grid-worker.posted", body.Str("type"));
        Assert.EndsWith("+08:00", body.Str("timestamp"));
        var data = body["data"]!;
        Assert.Equal((personId, "新网格员", gridId, "nanjing", "2026-11-01"),
            (data.Str("personId"), data.Str("personName"), data.Str("gridId"), data.Str("officeCode"),
                data.Str("from")));
        var delivery = await factory.WithDbAsync(db => db.Set<WebhookDelivery>()
            .SingleAsync(d => d.Subscription!.Url == receiver.Url));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 3, 200), (delivery.Status, delivery.Attempts,
            delivery.LastStatusCode));
        var scrape = await factory.CreateClient().GetStringAsync("/metrics");
        Assert.Matches("gateway_webhook_deliveries_total\\{[^}]*event_type=\"grid-worker.posted\"[^}]*"
            + "gateway_outcome=\"retrying\"", scrape);
        Assert.Matches("gateway_webhook_deliveries_total\\{[^}]*gateway_outcome=\"delivered\"", scrape);
        Assert.Contains("gateway_webhook_delivery_duration_seconds", scrape);
    }

    [Fact]
    public async Task Each_subscriber_in_scope_gets_the_fields_its_client_may_read_and_another_office_gets_nothing()
    {
        await SubscribeAsync("demo-committee");
        await SubscribeAsync("demo-dashboard");
        await SubscribeAsync("demo-anmin");
        await PostGridWorkerInNanjingAsync();

        Assert.Equal(2, await Worker.RunOnceAsync(CancellationToken.None));

        var byPerson = receiver.Deliveries.Select(DataOf).ToLookup(d => d["personId"] is not null);
        // The committee reads personnel; the dashboard reads offices and grids, not people.
        var committee = Assert.Single(byPerson[true]);
        var dashboard = Assert.Single(byPerson[false]);
        Assert.NotNull(committee["personName"]);
        Assert.Null(dashboard["personName"]);
        Assert.False(dashboard.AsObject().ContainsKey("postingId"));
        Assert.Equal(committee.Str("gridId"), dashboard.Str("gridId"));
        // Anmin's client acts for another office: its subscription has no delivery at all.
        var anminDeliveries = await factory.WithDbAsync(db => db.Set<WebhookDelivery>()
            .CountAsync(d => d.Subscription!.ApiClient!.ClientId == "demo-anmin"));
        Assert.Equal(0, anminDeliveries);
    }

    [Fact]
    public async Task The_last_failure_dead_letters_the_delivery_listed_with_its_error_and_a_replay_delivers_it()
    {
        var (_, secret) = await SubscribeAsync("demo-committee");
        receiver.AnswerNext(503, 503, 503);
        await PostGridWorkerInNanjingAsync();
        await Worker.RunOnceAsync(CancellationToken.None);
        Advance(6.1);
        await Worker.RunOnceAsync(CancellationToken.None);
        Advance(36.1);
        await Worker.RunOnceAsync(CancellationToken.None);
        Advance(120);
        Assert.Equal(0, await Worker.RunOnceAsync(CancellationToken.None));

        var deadLetters = (await admin.QueryAsync("{ webhookDeadLetters(first: 10) { nodes { id status attempts "
            + "lastStatusCode lastError event { eventId type } subscription { url } } } }"))
            .Nodes("webhookDeadLetters");
        // Beside the demo county's own dead letter, of its paused committee subscription.
        var dead = Assert.Single(deadLetters, d => d["subscription"]!.Str("url") == receiver.Url);
        Assert.Equal(("DEAD_LETTERED", 3, 503), (dead.Str("status"), dead["attempts"]!.GetValue<int>(),
            dead["lastStatusCode"]!.GetValue<int>()));
        Assert.Contains("503", dead.Str("lastError"));
        var lastAudit = await factory.LastAuditIdAsync();

        var replayed = await SendAsync(admin, "replayWebhookDeliveries", new { ids = new[] { dead.Str("id") } },
            "replayed { deliveries { id status attempts } }");
        Assert.Equal("PENDING", replayed.Made("replayed").Items("deliveries").Single().Str("status"));
        await factory.AuditedAsync(lastAudit, "replayWebhookDeliveries", AuditOutcome.Succeeded);
        Assert.Equal(1, await Worker.RunOnceAsync(CancellationToken.None));

        var attempts = receiver.Deliveries.ToList();
        Assert.Equal(4, attempts.Count);
        Assert.Equal(dead["event"]!.Str("eventId"), Assert.Single(attempts.Select(a => a.Id).Distinct()));
        Assert.True(StandardWebhooksVerifier.Verifies(secret, attempts[3]));
        var again = await SendAsync(admin, "replayWebhookDeliveries", new { ids = new[] { dead.Str("id") } },
            "replayed { deliveries { id } }");
        Assert.Equal("WEBHOOK_DELIVERY_NOT_DEAD_LETTERED", CodeOf(again));
    }

    [Fact]
    public async Task Receivers_must_be_https_or_loopback_and_a_rotated_secret_signs_what_follows()
    {
        var clientId = await ClientIdAsync("demo-committee");
        var plainHttp = await SendAsync(admin, "createWebhookSubscription", new
        {
            clientId, url = "http://hooks.example.cn/in", eventTypes = new[] { "grid-worker.posted" },
        }, Subscription);
        var unknownType = await SendAsync(admin, "createWebhookSubscription", new
        {
            clientId, url = "https://hooks.example.cn/in", eventTypes = new[] { "person.born" },
        }, Subscription);
        Assert.Equal("WEBHOOK_URL_REFUSED", CodeOf(plainHttp));
        Assert.Equal("VALIDATION", CodeOf(unknownType));

        var (id, first) = await SubscribeAsync("demo-committee");
        var rotated = await SendAsync(admin, "rotateWebhookSecret", new { id, version = 0 },
            Subscription + " signingSecret");
        var second = rotated.Str("signingSecret");
        Assert.NotEqual(first, second);
        await PostGridWorkerInNanjingAsync();
        await Worker.RunOnceAsync(CancellationToken.None);
        var delivery = Assert.Single(receiver.Deliveries);
        Assert.True(StandardWebhooksVerifier.Verifies(second, delivery));
        Assert.False(StandardWebhooksVerifier.Verifies(first, delivery));
    }

    [Fact]
    public async Task An_event_committed_by_a_host_stopped_before_delivering_is_delivered_by_the_next_host()
    {
        var databasePath = TestDatabases.CopyOfSeededTemplate();
        string secret;
        await using (var first = new WebhookApiFactory(databasePath, ownsDatabase: false))
        {
            var firstAdmin = (await UserSignIn.SignInAsync(first, "bureau.admin")).Client;
            var clientId = await first.WithDbAsync(async db => GlobalId.Encode(nameof(ApiClient),
                await db.ApiClients.Where(c => c.ClientId == "demo-committee").Select(c => c.Id).SingleAsync()));
            secret = (await SendAsync(firstAdmin, "createWebhookSubscription", new
            {
                clientId, url = receiver.Url, eventTypes = new[] { "grid-worker.posted" },
            }, Subscription + " signingSecret")).Str("signingSecret");
            var nanjing = first.CreateGraphQLClient("demo-nanjing");
            var personId = (await nanjing.MutateAsync("createPerson", new
            {
                kind = "GRID_WORKER", name = "新网格员", unitId = IdOf(await first.UnitAsync("nanjing")),
            })).Made("person").Str("id");
            (await nanjing.MutateAsync("postPerson", new
            {
                personId, unitId = IdOf(await first.UnitAsync("nanjing")), gridId = await first.GridIdAsync("nanjing"),
                role = "GRID_WORKER", from = "2026-11-01",
            })).Made("assignment");
        }
        Assert.Empty(receiver.Deliveries);

        await using var next = new WebhookApiFactory(databasePath, ownsDatabase: true);
        Assert.Equal(1, await next.Services.GetRequiredService<WebhookDeliveryWorker>()
            .RunOnceAsync(CancellationToken.None));
        Assert.True(StandardWebhooksVerifier.Verifies(secret, Assert.Single(receiver.Deliveries)));
    }

    /// <summary>The app with a fake clock and a short retry schedule: three attempts, 5 s and 30 s apart.</summary>
    public sealed class WebhookApiFactory : GatewayApiFactory
    {
        public WebhookApiFactory()
        {
        }

        internal WebhookApiFactory(string databasePath, bool ownsDatabase) : base(databasePath, ownsDatabase)
        {
        }

        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:RetrySeconds:0", "5");
            builder.UseSetting("Webhooks:RetrySeconds:1", "30");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
