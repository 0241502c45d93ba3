using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Integrations;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Subscriptions over WebSocket hear of their own tenant's events only: another office's subscriber is told nothing of
/// a grid worker posted in Nanjing, while its own office's posting reaches it; a subscriber above both hears of both.
/// The feed hands events on in the order they were written, so the first event another office receives being its own
/// shows it was sent none before.
/// </summary>
public sealed class SubscriptionIsolationTests(SubscriptionApiFactory factory)
    : IClassFixture<SubscriptionApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_subscriber_of_another_office_receives_nothing_of_nanjings_event_and_its_own_offices_arrives()
    {
        await using var nanjing = await GraphQLWebSocket.ConnectAsync(factory, factory.TokenOf("demo-nanjing"));
        await using var anmin = await GraphQLWebSocket.ConnectAsync(factory, factory.TokenOf("demo-anmin"));
        await using var bureau = await GraphQLWebSocket.ConnectAsync(factory, factory.TokenOf("demo-bureau"));
        foreach (var socket in new[] { nanjing, anmin, bureau })
            await socket.SubscribeAsync("posted", SubscriptionTests.GridWorkerPosted);

        await factory.PostGridWorkerAsync("nanjing");
        await factory.PostGridWorkerAsync("anmin");

        Assert.Equal("nanjing", await OfficeOfNextEventAsync(nanjing));
        Assert.Equal("anmin", await OfficeOfNextEventAsync(anmin));
        Assert.Equal("nanjing", await OfficeOfNextEventAsync(bureau));
        Assert.Equal("anmin", await OfficeOfNextEventAsync(bureau));
        await Task.Delay(300);
        await nanjing.PingAsync();
    }

    private static async Task<string> OfficeOfNextEventAsync(GraphQLWebSocket socket)
    {
        var message = await socket.ReceiveAsync();
        Assert.Equal("next", message.Str("type"));
        return message["payload"]!["data"]!["events"]!["data"]!.Str("officeCode");
    }
}
