using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Api.Tests.Integrations;

/// <summary>
/// A graphql-transport-ws client over the test server: every receive gives up after <see cref="ReceiveTimeout"/>, so
/// a test waiting for a message that never comes fails instead of hanging.
/// </summary>
public sealed class GraphQLWebSocket(WebSocket socket) : IAsyncDisposable
{
    public static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(30);

    public WebSocket Socket => socket;

    /// <summary>Opens a socket to /graphql asking for <paramref name="subProtocol"/>, with
    /// <paramref name="headers"/> on the upgrade.</summary>
    public static async Task<GraphQLWebSocket> OpenAsync<T>(WebApplicationFactory<T> factory,
        string subProtocol = GraphQLWebSocketEndpoint.SubProtocol, IDictionary<string, string>? headers = null)
        where T : class
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add(subProtocol);
        client.ConfigureRequest = request =>
        {
            foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers[name] = value;
        };
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        return new(await client.ConnectAsync(new Uri(factory.Server.BaseAddress, GraphQLClient.Path), timeout.Token));
    }

    /// <summary>Opens a socket, sends connection_init with the bearer <paramref name="token"/> and waits for the
    /// ack.</summary>
    public static async Task<GraphQLWebSocket> ConnectAsync<T>(WebApplicationFactory<T> factory, string token)
        where T : class
    {
        var socket = await OpenAsync(factory);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).Str("type"));
        return socket;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>Subscribes <paramref name="id"/> to <paramref name="query"/>, then waits for the pong of a ping sent
    /// after it: the server handles a connection's messages in order, so the subscription is in place.</summary>
    public async Task SubscribeAsync(string id, string query, object? variables = null)
    {
        await SendAsync(new { id, type = "subscribe", payload = new { query, variables } });
        await PingAsync();
    }

    public async Task SubscribeToDocumentAsync(string id, string documentId)
    {
        await SendAsync(new { id, type = "subscribe", payload = new { documentId } });
        await PingAsync();
    }

    /// <summary>Pings and asserts the next message is the pong: nothing else arrived before it.</summary>
    public async Task PingAsync()
    {
        await SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync()).Str("type"));
    }

    /// <summary>The next message; fails the test when the server closes instead or nothing comes in time.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.True(message is not null, $"The server closed the socket ({close}) instead of sending a message.");
        return message;
    }

    /// <summary>Waits for the server to close the socket, and gives its close code.</summary>
    public async Task<int> ClosedWithAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.True(message is null, $"Expected the socket to close, got {message?.ToJsonString()}.");
        return close!.Value;
    }

    private async Task<(JsonNode? Message, int? Close)> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Nothing arrived within {ReceiveTimeout.TotalSeconds} s.");
                throw;
            }
            if (received.MessageType == WebSocketMessageType.Close) return (null, (int?)received.CloseStatus);
            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage) return (JsonNode.Parse(text.ToArray()), null);
        }
    }

    /// <summary>The id a published document runs by: <c>sha256:</c> and the hex SHA-256 of its file's
    /// bytes.</summary>
    public static string DocumentIdOf(string operationFile) => "sha256:" + Convert.ToHexStringLower(
        SHA256.HashData(File.ReadAllBytes(RepositoryFiles.PathOf("schema", "operations", operationFile))));

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(ReceiveTimeout);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Already gone.
            }
        }
        socket.Dispose();
    }
}
