using Gateway.Api.GraphQL.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Api.Tests.Integrations;

/// <summary>
/// A connection lives no longer than its token, and no longer than the service: each test starts its own app, one
/// with a fake clock that is moved past the token's expiry, one that is stopped under an open subscription.
/// </summary>
public sealed class SubscriptionLifetimeTests
{
    [Fact]
    public async Task The_socket_closes_with_4403_when_its_token_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new SubscriptionApiFactory(clock);
        await using var socket = await GraphQLWebSocket.ConnectAsync(factory, factory.TokenOf("demo-nanjing"));
        await socket.SubscribeAsync("posted", SubscriptionTests.GridWorkerPosted);

        // Access tokens live ten minutes.
        clock.Advance(TimeSpan.FromMinutes(10.5));

        Assert.Equal(GraphQLWebSocketEndpoint.Forbidden, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task Stopping_the_service_closes_open_sockets_as_going_away()
    {
        var factory = new SubscriptionApiFactory();
        await using var socket = await GraphQLWebSocket.ConnectAsync(factory, factory.TokenOf("demo-nanjing"));
        await socket.SubscribeAsync("posted", SubscriptionTests.GridWorkerPosted);

        var stopping = factory.DisposeAsync().AsTask();

        Assert.Equal(1001, await socket.ClosedWithAsync());
        await stopping.WaitAsync(GraphQLWebSocket.ReceiveTimeout);
    }
}
