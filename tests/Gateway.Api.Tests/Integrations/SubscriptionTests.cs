using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Informants;
using Gateway.Api.Integrations;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Integrations;

/// <summary>
/// GraphQL subscriptions over WebSocket (graphql-transport-ws): the events webhooks carry reach the subscribers whose
/// scope and permissions allow them, cut to the fields each may read; the protocol's errors close the socket with
/// their codes; persisted-only clients subscribe by document id; an informant's lapsing authorisation reaches its
/// controller alone, once per period.
/// </summary>
public sealed class SubscriptionTests(SubscriptionApiFactory factory)
    : IClassFixture<SubscriptionApiFactory>, IAsyncLifetime
{
    public const string GridWorkerPosted =
        "subscription { events(types: [\"grid-worker.posted\"]) { eventId type occurredAt data } }";

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<GraphQLWebSocket> ConnectAsync(string clientId) =>
        GraphQLWebSocket.ConnectAsync(factory, factory.TokenOf(clientId));

    private static async Task<JsonNode> NextEventAsync(GraphQLWebSocket socket, string id)
    {
        var message = await socket.ReceiveAsync();
        Assert.Equal(("next", id), (message.Str("type"), message.Str("id")));
        Assert.Null(message["payload"]!["errors"]);
        return message["payload"]!["data"]!["events"]!;
    }

    [Fact]
    public async Task A_grid_worker_posted_by_mutation_arrives_as_next_with_the_webhooks_id_type_time_and_data()
    {
        await using var nanjing = await ConnectAsync("demo-nanjing");
        await nanjing.SubscribeAsync("posted", GridWorkerPosted);

        var personId = await factory.PostGridWorkerAsync("nanjing");

        var e = await NextEventAsync(nanjing, "posted");
        Assert.Equal("grid-worker.posted", e.Str("type"));
        Assert.EndsWith("+08:00", e.Str("occurredAt"));
        Assert.Equal((personId, "新网格员", "nanjing"), (e["data"]!.Str("personId"), e["data"]!.Str("personName"),
            e["data"]!.Str("officeCode")));
        var stored = await factory.WithDbAsync(db => db.Set<OutboxEvent>().OrderBy(o => o.Id).LastAsync());
        Assert.Equal(stored.EventId.ToString(), e.Str("eventId"));

        // Completed by the client: the next posting is not sent.
        await nanjing.SendAsync(new { id = "posted", type = "complete" });
        await nanjing.PingAsync();
        await factory.PostGridWorkerAsync("nanjing");
        await Task.Delay(500);
        await nanjing.PingAsync();
    }

    [Fact]
    public async Task Persisted_only_clients_are_refused_a_document_of_their_own_and_each_gets_the_fields_it_may_read()
    {
        await using var committee = await GraphQLWebSocket.ConnectAsync(factory,
            await factory.PublishedDocumentsOnlyTokenOf("demo-committee"));
        await using var dashboard = await GraphQLWebSocket.ConnectAsync(factory,
            await factory.PublishedDocumentsOnlyTokenOf("demo-dashboard"));
        await committee.SendAsync(new { id = "own", type = "subscribe", payload = new { query = GridWorkerPosted } });
        var refused = await committee.ReceiveAsync();
        Assert.Equal(("error", "own"), (refused.Str("type"), refused.Str("id")));
        Assert.Equal(PublishedDocumentsOnly.RefusalCode, refused["payload"]![0]!["extensions"]!.Str("code"));

        var documentId = GraphQLWebSocket.DocumentIdOf("OutgoingEvents.graphql");
        await committee.SubscribeToDocumentAsync("published", documentId);
        await dashboard.SubscribeToDocumentAsync("published", documentId);
        await factory.PostGridWorkerAsync("nanjing");

        var forCommittee = (await NextEventAsync(committee, "published"))["data"]!;
        var forDashboard = (await NextEventAsync(dashboard, "published"))["data"]!;
        // The committee reads personnel; the dashboard reads offices and grids, not people.
        Assert.Equal("新网格员", forCommittee.Str("personName"));
        Assert.False(forDashboard.AsObject().ContainsKey("personName"));
        Assert.False(forDashboard.AsObject().ContainsKey("postingId"));
        Assert.Equal(forCommittee.Str("gridId"), forDashboard.Str("gridId"));
    }

    [Fact]
    public async Task Queries_stay_on_http_and_unknown_or_unreceivable_types_are_errors_of_the_subscription()
    {
        await using var socket = await ConnectAsync("demo-nanjing");
        await socket.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ __typename }" } });
        var query = await socket.ReceiveAsync();
        Assert.Equal("error", query.Str("type"));
        Assert.Contains("over HTTP", query["payload"]![0]!.Str("message"));
        await socket.SendAsync(new
        {
            id = "unknown", type = "subscribe",
            payload = new { query = "subscription { events(types: [\"person.born\"]) { type } }" },
        });
        var unknown = await socket.ReceiveAsync();
        Assert.Equal(("error", "VALIDATION"), (unknown.Str("type"), unknown["payload"]![0]!["extensions"]!
            .Str("code")));
        await socket.SendAsync(new
        {
            id = "lapsing", type = "subscribe",
            payload = new { query = "subscription { events(types: [\"informant.authorisation-lapsing\"]) { type } }" },
        });
        var refused = await socket.ReceiveAsync();
        Assert.Equal(("error", "lapsing"), (refused.Str("type"), refused.Str("id")));
        Assert.Equal("ACCESS_DENIED", refused["payload"]![0]!["extensions"]!.Str("code"));
    }

    [Fact]
    public async Task A_subprotocol_other_than_graphql_transport_ws_is_refused_with_4406()
    {
        await using var socket = await GraphQLWebSocket.OpenAsync(factory, subProtocol: "graphql-ws");
        Assert.Equal(GraphQLWebSocketEndpoint.SubprotocolNotAcceptable, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task No_connection_init_within_the_wait_closes_with_4408()
    {
        await using var socket = await GraphQLWebSocket.OpenAsync(factory);
        Assert.Equal(GraphQLWebSocketEndpoint.InitTimeout, await socket.ClosedWithAsync());
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("")]
    public async Task A_bad_or_absent_token_closes_with_4403_after_init(string authorization)
    {
        await using var socket = await GraphQLWebSocket.OpenAsync(factory);
        await socket.SendAsync(authorization.Length == 0
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = new { Authorization = authorization } });
        Assert.Equal(GraphQLWebSocketEndpoint.Forbidden, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_token_on_the_upgrade_is_accepted_as_the_http_endpoint_accepts_it()
    {
        await using var socket = await GraphQLWebSocket.OpenAsync(factory,
            headers: new Dictionary<string, string>
            {
                ["Authorization"] = "Bearer " + factory.TokenOf("demo-nanjing"),
            });
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).Str("type"));
    }

    [Fact]
    public async Task A_client_from_a_page_of_an_origin_it_does_not_list_is_refused_with_4403()
    {
        await using var socket = await GraphQLWebSocket.OpenAsync(factory,
            headers: new Dictionary<string, string> { ["Origin"] = "https://elsewhere.example" });
        await socket.SendAsync(new
        {
            type = "connection_init", payload = new { Authorization = "Bearer " + factory.TokenOf("demo-nanjing") },
        });
        Assert.Equal(GraphQLWebSocketEndpoint.Forbidden, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var socket = await ConnectAsync("demo-nanjing");
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal(GraphQLWebSocketEndpoint.TooManyInits, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_subscribe_before_the_ack_closes_with_4401()
    {
        await using var socket = await GraphQLWebSocket.OpenAsync(factory);
        await socket.SendAsync(new { id = "early", type = "subscribe", payload = new { query = GridWorkerPosted } });
        Assert.Equal(GraphQLWebSocketEndpoint.Unauthorized, await socket.ClosedWithAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"shout\"}")]
    [InlineData("{\"id\":\"s\",\"type\":\"subscribe\",\"payload\":{}}")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var socket = await ConnectAsync("demo-nanjing");
        await socket.SendTextAsync(message);
        Assert.Equal(GraphQLWebSocketEndpoint.BadRequest, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_second_subscription_under_a_running_id_closes_with_4409()
    {
        await using var socket = await ConnectAsync("demo-nanjing");
        await socket.SubscribeAsync("twice", GridWorkerPosted);
        await socket.SendAsync(new { id = "twice", type = "subscribe", payload = new { query = GridWorkerPosted } });
        Assert.Equal(GraphQLWebSocketEndpoint.SubscriberExists, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task Lapsing_notices_reach_the_controllers_account_alone_once_per_period_and_never_over_webhooks()
    {
        var (informantId, controllerId) = await InformantLapsingInTenDaysControlledByIntelOfficerAsync();
        var controller = await UserSignIn.SignInAsync(factory, "intel.officer");
        var handler = await UserSignIn.SignInAsync(factory, "station.handler");
        const string Lapsing =
            "subscription { events(types: [\"informant.authorisation-lapsing\"]) { type data } }";
        await using var controllerSocket = await GraphQLWebSocket.ConnectAsync(factory, controller.AccessToken);
        await using var handlerSocket = await GraphQLWebSocket.ConnectAsync(factory, handler.AccessToken);
        await controllerSocket.SubscribeAsync("lapsing", Lapsing);
        await handlerSocket.SubscribeAsync("lapsing", Lapsing);
        var job = factory.Services.GetRequiredService<AuthorisationLapsingJob>();

        Assert.True(await job.RaiseNoticesAsync(CancellationToken.None) >= 1);

        var notices = new List<JsonNode>();
        do notices.Add((await NextEventAsync(controllerSocket, "lapsing"))["data"]!);
        while (notices.All(n => n.Str("informantId") != informantId));
        var notice = notices.Single(n => n.Str("informantId") == informantId);
        Assert.Equal(controllerId, notice.Str("controllerId"));
        Assert.Equal(CountyCalendar.Today(TimeProvider.System).AddDays(10).ToString("yyyy-MM-dd"),
            notice.Str("lapsesOn"));
        Assert.Equal(["authorisationId", "controllerId", "informantId", "lapsesOn"],
            notice.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        await Task.Delay(500);
        await handlerSocket.PingAsync();
        Assert.Equal(0, await job.RaiseNoticesAsync(CancellationToken.None));

        var admin = (await UserSignIn.SignInAsync(factory, "bureau.admin")).Client;
        var clientId = await factory.WithDbAsync(async db => GlobalId.Encode(nameof(ApiClient),
            await db.ApiClients.Where(c => c.ClientId == "demo-station").Select(c => c.Id).SingleAsync()));
        var webhook = (await admin.PostAsync("mutation($input: CreateWebhookSubscriptionInput!) { "
            + "createWebhookSubscription(input: $input) { webhookSubscription { id } "
            + "errors { ... on Error { code } } } }",
            new
            {
                input = new
                {
                    clientId, url = "https://station.example.cn/hooks",
                    eventTypes = new[] { "informant.authorisation-lapsing" },
                },
            })).Data!["createWebhookSubscription"]!;
        Assert.Equal("VALIDATION", webhook.Items("errors").Single().Str("code"));
    }

    /// <summary>Makes a lapsed informant of the station current again until ten days from today, controlled by the
    /// intelligence officer's person: its global id and the controller's.</summary>
    private Task<(string InformantId, string ControllerId)> InformantLapsingInTenDaysControlledByIntelOfficerAsync() =>
        factory.WithDbAsync(async db =>
        {
            var today = CountyCalendar.Today(TimeProvider.System);
            var controllerId = await db.Users.Where(u => u.UserName == "intel.officer")
                .Select(u => u.PersonId!.Value).SingleAsync();
            var informant = await db.Informants
                .Where(i => i.OwnerUnit!.Code == "xunchang" && i.DeactivatedOn == null
                    && db.InformantAuthorisations.Where(a => a.InformantId == i.Id).Max(a => a.ValidUntil) < today)
                .OrderBy(i => i.Id).FirstAsync();
            var from = today.AddDays(11).AddMonths(-12);
            db.InformantAuthorisations.Add(new InformantAuthorisation
            {
                OwnerUnitId = informant.OwnerUnitId, InformantId = informant.Id, Kind = AuthorisationKind.Renewed,
                ValidFrom = from, ValidUntil = InformantAuthorisation.EndOfPeriodFrom(from),
                AuthorisedByActor = "test", AuthorisedAt = DateTime.UtcNow,
            });
            var control = await db.InformantHandlings.SingleAsync(h => h.InformantId == informant.Id
                && h.Role == HandlingRole.Controller && h.To == null);
            control.PersonId = controllerId;
            await db.SaveChangesAsync();
            return (GlobalId.Encode(nameof(Informant), informant.Id), GlobalId.Encode("Person", controllerId));
        });
}
