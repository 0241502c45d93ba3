using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Integrations;

/// <summary>The app with a feed that reads the outbox every 50 ms and a one-second wait for connection_init; with a
/// fake clock when <see cref="Clock"/> is given (it then drives token expiry and the connection's timers).</summary>
public sealed class SubscriptionApiFactory : GatewayApiFactory
{
    public SubscriptionApiFactory()
    {
    }

    internal SubscriptionApiFactory(FakeTimeProvider clock) => Clock = clock;

    public FakeTimeProvider? Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Subscriptions:PollMilliseconds", "50");
        builder.UseSetting("GraphQL:WebSocket:ConnectionInitTimeoutSeconds", "1");
        // Lapsing notices are raised by the tests' own runs.
        builder.UseSetting("Informants:LapsingCheckMinutes", "0");
        if (Clock is { } clock) builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    }

    /// <summary>The access token of the demo machine client <paramref name="clientId"/>.</summary>
    public string TokenOf(string clientId) =>
        CreateGraphQLClient(clientId).Http.DefaultRequestHeaders.Authorization!.Parameter!;

    /// <summary>Sets the demo client <paramref name="clientId"/> to published documents only, as the seeder does
    /// (the test template takes it off), and gives a token issued under the setting.</summary>
    public async Task<string> PublishedDocumentsOnlyTokenOf(string clientId)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var application = (await applications.FindByClientIdAsync(clientId))!;
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, application);
            PublishedDocumentsOnly.Set(descriptor, true);
            await applications.UpdateAsync(application, descriptor);
        }
        return CreateGraphQLClientWithNewToken(clientId).Http.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    /// <summary>Registers and posts a new grid worker to the first grid of <paramref name="unitCode"/>, through the
    /// office's own client (demo-<paramref name="unitCode"/>); its person's global id.</summary>
    public async Task<string> PostGridWorkerAsync(string unitCode)
    {
        var office = CreateGraphQLClient("demo-" + unitCode);
        var unitId = IdOf(await this.UnitAsync(unitCode));
        var personId = (await office.MutateAsync("createPerson", new
        {
            kind = "GRID_WORKER", name = "新网格员", unitId,
        })).Made("person").Str("id");
        (await office.MutateAsync("postPerson", new
        {
            personId, unitId, gridId = await this.GridIdAsync(unitCode), role = "GRID_WORKER", from = "2026-11-01",
        })).Made("assignment");
        return personId;
    }
}
