using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Limits;
using Gateway.Api.Security;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// Subscriptions over WebSocket at /graphql, by the graphql-transport-ws protocol (github.com/enisdenjo/graphql-ws,
/// PROTOCOL.md). The connection authenticates with its <c>connection_init</c>: the payload's <c>Authorization</c>
/// (browsers cannot set headers on an upgrade) or, failing that, the upgrade's own Authorization or API key header,
/// run through the same authentication and policy as the HTTP endpoint, the account recheck included; a machine
/// client is held to its address ranges and, from a browser page, to its origins. Each <c>subscribe</c> is executed as
/// an HTTP request is, under the caller's scope, with the same rules, limits and published-documents check; only
/// subscription operations are carried. The credentials are checked again every
/// <see cref="GraphQLWebSocketOptions.RecheckSeconds"/> and the connection is closed (4403) when they no longer hold
/// or the token expires; on shutdown every connection is closed as going away (1001).
/// </summary>
public sealed class GraphQLWebSocketEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestRules rules,
    GraphQLCallerAuthentication authentication,
    IServiceScopeFactory scopes,
    ClientAccessRules clientRules,
    RefusalAudit refusals,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    IOptions<GraphQLWebSocketOptions> options,
    IOptions<RequestLimitsOptions> limits,
    IOptions<ApiKeyOptions> apiKeys,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    // Fields rather than captured parameters: each connection reads them.
    private readonly IDocumentExecuter<ISchema> executer = executer;
    private readonly IGraphQLTextSerializer serializer = serializer;
    private readonly GraphQLRequestRules rules = rules;
    private readonly IServiceScopeFactory scopes = scopes;
    private readonly TimeProvider clock = clock;
    private readonly IHostApplicationLifetime lifetime = lifetime;
    private readonly IOptions<RequestLimitsOptions> limits = limits;
    private readonly IOptions<ApiKeyOptions> apiKeys = apiKeys;
    private readonly ILogger<GraphQLWebSocketEndpoint> logger = logger;

    /// <summary>Close codes of the protocol.</summary>
    public const int BadRequest = 4400, Unauthorized = 4401, Forbidden = 4403, SubprotocolNotAcceptable = 4406,
        InitTimeout = 4408, SubscriberExists = 4409, TooManyInits = 4429, InternalError = 4500;

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync((WebSocketCloseStatus)SubprotocolNotAcceptable,
                $"Subprotocol not acceptable: use {SubProtocol}.", http.RequestAborted);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(SubProtocol);
        await new Connection(this, http, socket).RunAsync();
    }

    private GraphQLWebSocketOptions Options => options.Value;

    /// <summary>Authenticates <paramref name="credentials"/> (header name → value) as the HTTP endpoint would a
    /// request carrying them, in a request of its own; null when refused.</summary>
    private async Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext upgrade,
        IReadOnlyDictionary<string, string> credentials, CancellationToken cancellationToken)
    {
        if (credentials.Count == 0) return null;
        await using var scope = scopes.CreateAsyncScope();
        var probe = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken,
        };
        // The token's issuer is checked against the address the connection reached this instance at.
        (probe.Request.Method, probe.Request.Scheme, probe.Request.Host, probe.Request.PathBase, probe.Request.Path) =
            (HttpMethods.Post, upgrade.Request.Scheme, upgrade.Request.Host, upgrade.Request.PathBase,
                upgrade.Request.Path);
        probe.Connection.RemoteIpAddress = upgrade.Connection.RemoteIpAddress;
        foreach (var (name, value) in credentials) probe.Request.Headers[name] = value;
        // What the authentication middleware does first: the token validation prepares its state here.
        var handlers = probe.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        foreach (var scheme in await probe.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>()
                     .GetRequestHandlerSchemesAsync())
            if (await handlers.GetHandlerAsync(probe, scheme.Name) is IAuthenticationRequestHandler handler
                && await handler.HandleRequestAsync()) return null;
        var result = await probe.AuthenticateAsync(authentication.Scheme);
        if (!result.Succeeded) return null;
        var authorized = await scope.ServiceProvider.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(result.Principal, authentication.Policy);
        return authorized.Succeeded ? result.Principal : null;
    }

    /// <summary>Why a machine client may not hold this connection — from an address outside its ranges, or from a
    /// browser page of an origin it does not list (cross-site WebSocket hijacking) — audited; null when it
    /// may.</summary>
    private async Task<string?> ClientRefusalAsync(HttpContext upgrade, ClaimsPrincipal caller,
        CancellationToken cancellationToken)
    {
        if (ClientAccessCheck.ClientOf(caller) is not { } clientId) return null;
        await using var scope = scopes.CreateAsyncScope();
        var access = await clientRules.ForClientAsync(scope.ServiceProvider.GetRequiredService<GatewayDbContext>(),
            clientId, cancellationToken) ?? ClientAccess.Unrestricted;
        var address = upgrade.Connection.RemoteIpAddress;
        var origin = upgrade.Request.Headers.Origin.ToString();
        var (operation, refusal) = !access.Allows(address)
            ? (ClientAccessCheck.AddressOperation, $"Client '{clientId}' may not call from this address.")
            : origin.Length > 0 && !access.AllowsOrigin(origin)
                ? (ClientAccessCheck.OriginOperation, $"Client '{clientId}' may not be called from pages of {origin}.")
                : (null, null);
        if (operation is not null)
            await refusals.RecordAsync(new AuditEntry(operation, AuditOutcome.Denied, [clientId]),
                address?.ToString());
        return refusal;
    }

    /// <summary>One client's connection: its messages are read and handled in order, so a subscription is in place
    /// before the message after its <c>subscribe</c> is read; what goes out is queued and written in order by one
    /// writer.</summary>
    private sealed class Connection(GraphQLWebSocketEndpoint endpoint, HttpContext http, WebSocket socket)
    {
        private readonly GraphQLWebSocketEndpoint endpoint = endpoint;
        private readonly CancellationTokenSource ended =
            CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        private readonly Channel<Outgoing> outgoing = Channel.CreateUnbounded<Outgoing>(
            new UnboundedChannelOptions { SingleReader = true });
        private readonly ConcurrentDictionary<string, Subscription> subscriptions = new(StringComparer.Ordinal);
        private bool initialised;
        private ClaimsPrincipal? caller;

        private sealed record Outgoing(byte[]? Message, int? CloseCode = null, string? CloseReason = null);

        public async Task RunAsync()
        {
            var writing = WriteAsync();
            using var stopping = endpoint.lifetime.ApplicationStopping.Register(() =>
                Close((int)WebSocketCloseStatus.EndpointUnavailable, "The server is going away."));
            _ = CloseUnlessInitialisedAsync();
            try
            {
                while (await ReceiveAsync() is { } message) await HandleAsync(message);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // The client went, or the connection was closed from this side.
            }
            catch (Exception e)
            {
                endpoint.logger.LogError(e, "A GraphQL WebSocket connection failed.");
                Close(InternalError, "Internal error");
            }
            finally
            {
                foreach (var id in subscriptions.Keys) End(id);
                outgoing.Writer.TryComplete();
                await writing;
                ended.Dispose();
            }
        }

        private async Task CloseUnlessInitialisedAsync()
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(endpoint.Options.ConnectionInitTimeoutSeconds), endpoint.clock,
                    ended.Token);
                if (!initialised) Close(InitTimeout, "Connection initialisation timeout");
            }
            catch (OperationCanceledException)
            {
                // The connection ended first.
            }
        }

        /// <summary>The next text message, or null once the client closed; a message too large or not text closes
        /// the connection.</summary>
        private async Task<string?> ReceiveAsync()
        {
            var buffer = new ArrayBufferWriter<byte>();
            while (true)
            {
                var chunk = buffer.GetMemory(4096);
                var received = await socket.ReceiveAsync(chunk, ended.Token);
                if (received.MessageType == WebSocketMessageType.Close) return null;
                buffer.Advance(received.Count);
                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    Close(BadRequest, "Messages must be text (JSON).");
                    return null;
                }
                if (buffer.WrittenCount > endpoint.Options.MaxMessageBytes)
                {
                    Close((int)WebSocketCloseStatus.MessageTooBig, "The message is too large.");
                    return null;
                }
                if (received.EndOfMessage) return Encoding.UTF8.GetString(buffer.WrittenSpan);
            }
        }

        private async Task HandleAsync(string text)
        {
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
                root = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                Close(BadRequest, "Invalid message received: not JSON.");
                return;
            }
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t)
                && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            switch (type)
            {
                case "connection_init":
                    await InitialiseAsync(root);
                    break;
                case "ping":
                    Send(writer => writer.WriteString("type", "pong"));
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(root);
                    break;
                case "complete" when IdOf(root) is { } id:
                    End(id);
                    break;
                default:
                    Close(BadRequest, $"Invalid message received: {(type is null ? "no type" : $"'{type}'")}.");
                    break;
            }
        }

        private static string? IdOf(JsonElement message) =>
            message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && id.GetString() is { Length: > 0 } value ? value : null;

        private async Task InitialiseAsync(JsonElement message)
        {
            if (initialised)
            {
                Close(TooManyInits, "Too many initialisation requests");
                return;
            }
            initialised = true;
            var payload = message.TryGetProperty("payload", out var p) ? p : default;
            if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
            {
                Close(BadRequest, "Invalid message received: the connection_init payload must be an object.");
                return;
            }
            var credentials = CredentialsOf(payload);
            var principal = await endpoint.AuthenticateAsync(http, credentials, ended.Token);
            if (principal is null)
            {
                Close(Forbidden,
                    "Forbidden: send a valid access token as Authorization in the connection_init payload.");
                return;
            }
            if (await endpoint.ClientRefusalAsync(http, principal, ended.Token) is { } refusal)
            {
                Close(Forbidden, Truncated($"Forbidden: {refusal}"));
                return;
            }
            caller = principal;
            Send(writer => writer.WriteString("type", "connection_ack"));
            _ = WatchCredentialsAsync(credentials);
        }

        /// <summary>The credentials to authenticate with: the payload's Authorization (or API key), else the
        /// upgrade's own headers.</summary>
        private Dictionary<string, string> CredentialsOf(JsonElement payload)
        {
            var keyHeader = endpoint.apiKeys.Value.HeaderName;
            var credentials = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (payload.ValueKind == JsonValueKind.Object)
                foreach (var member in payload.EnumerateObject())
                    if ((member.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                            || member.Name.Equals(keyHeader, StringComparison.OrdinalIgnoreCase))
                        && member.Value.ValueKind == JsonValueKind.String)
                        credentials[member.Name] = member.Value.GetString()!;
            if (credentials.Count > 0) return credentials;
            foreach (var name in new[] { "Authorization", keyHeader })
                if (http.Request.Headers[name] is { Count: 1 } value)
                    credentials[name] = value.ToString();
            return credentials;
        }

        /// <summary>Closes the connection when the token expires, or when its credentials, checked again, no longer
        /// hold (a locked account, a revoked key or client).</summary>
        private async Task WatchCredentialsAsync(IReadOnlyDictionary<string, string> credentials)
        {
            var expiresAt = caller!.GetExpirationDate();
            try
            {
                while (true)
                {
                    var now = endpoint.clock.GetUtcNow();
                    var next = now.AddSeconds(endpoint.Options.RecheckSeconds);
                    if (expiresAt < next) next = expiresAt.Value;
                    await Task.Delay(next > now ? next - now : TimeSpan.Zero, endpoint.clock, ended.Token);
                    if (expiresAt <= endpoint.clock.GetUtcNow())
                    {
                        Close(Forbidden, "Forbidden: the token has expired; connect again with a new one.");
                        return;
                    }
                    if (await endpoint.AuthenticateAsync(http, credentials, ended.Token) is null)
                    {
                        Close(Forbidden, "Forbidden: the credentials are no longer accepted.");
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The connection ended.
            }
        }

        private async Task SubscribeAsync(JsonElement message)
        {
            if (caller is null)
            {
                Close(Unauthorized, "Unauthorized");
                return;
            }
            if (IdOf(message) is not { } id || RequestOf(message) is not { } request)
            {
                Close(BadRequest, "Invalid message received: subscribe needs an id and a payload with `query` or "
                    + "`documentId`.");
                return;
            }
            if (subscriptions.ContainsKey(id))
            {
                Close(SubscriberExists, Truncated($"Subscriber for {id} already exists"));
                return;
            }
            if (subscriptions.Count >= endpoint.Options.MaxSubscriptionsPerConnection)
            {
                SendErrors(id, [new ExecutionError(
                    $"A connection holds at most {endpoint.Options.MaxSubscriptionsPerConnection} subscriptions.")
                    { Code = "TOO_MANY_SUBSCRIPTIONS" }]);
                return;
            }
            if (request.Query is not null && endpoint.rules.RunsPublishedDocumentsOnly(caller) is { } refusal)
            {
                SendErrors(id, [new ExecutionError(refusal) { Code = PublishedDocumentsOnly.RefusalCode }]);
                return;
            }

            var subscription = new Subscription(endpoint.scopes.CreateAsyncScope());
            subscriptions[id] = subscription;
            var services = subscription.Scope.ServiceProvider;
            services.GetRequiredService<TenantScope>().EnterFrom(caller);
            var result = await endpoint.executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = services,
                User = caller,
                CancellationToken = ended.Token,
                ThrowOnUnhandledException = false,
                ValidationRules = endpoint.rules.ValidationRules(GraphQLTransport.WebSocket),
                CachedDocumentValidationRules =
                    GraphQLRequestRules.CachedDocumentValidationRules(GraphQLTransport.WebSocket, services),
            });
            await services.GetRequiredService<RequestAuditTrail>().FlushAsync(CancellationToken.None);
            ErrorCap.Apply(result, endpoint.limits.Value.MaxErrors);
            if (result.Errors is { Count: > 0 } || result.Streams is not { Count: 1 } streams)
            {
                End(id);
                SendErrors(id, result.Errors ?? [new ExecutionError("The operation gave no event stream.")]);
                return;
            }
            subscription.Stream = streams.Values.Single().Subscribe(new Observer(this, id));
        }

        private sealed record SubscribeRequest(string? Query, string? DocumentId, string? OperationName,
            Inputs? Variables, Inputs? Extensions);

        /// <summary>The payload of a subscribe message, or null when it is malformed.</summary>
        private SubscribeRequest? RequestOf(JsonElement message)
        {
            if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
                return null;
            string? Text(string name) => payload.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            bool IsOptional(string name, JsonValueKind kind) => !payload.TryGetProperty(name, out var value)
                || value.ValueKind == JsonValueKind.Null || value.ValueKind == kind;
            Inputs? Object(string name) => payload.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.Object
                    ? endpoint.serializer.Deserialize<Inputs>(value.GetRawText())
                    : null;
            var (query, documentId) = (Text("query"), Text("documentId"));
            if ((query is null) == (documentId is null) || !IsOptional("operationName", JsonValueKind.String)
                || !IsOptional("variables", JsonValueKind.Object) || !IsOptional("extensions", JsonValueKind.Object))
                return null;
            try
            {
                return new SubscribeRequest(query, documentId, Text("operationName"), Object("variables"),
                    Object("extensions"));
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>Stops a subscription: by the client's complete, an error, or the end of its stream; true when it
        /// was running.</summary>
        private bool End(string id)
        {
            if (!subscriptions.TryRemove(id, out var subscription)) return false;
            subscription.Stream?.Dispose();
            _ = subscription.Scope.DisposeAsync().AsTask();
            return true;
        }

        private void SendErrors(string id, IEnumerable<ExecutionError> errors)
        {
            var body = JsonDocument.Parse(endpoint.serializer.Serialize(
                new ExecutionResult { Executed = false, Errors = [.. errors] }));
            Send(writer =>
            {
                writer.WriteString("id", id);
                writer.WriteString("type", "error");
                writer.WritePropertyName("payload");
                body.RootElement.GetProperty("errors").WriteTo(writer);
            });
            body.Dispose();
        }

        private void Send(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                write(writer);
                writer.WriteEndObject();
            }
            outgoing.Writer.TryWrite(new Outgoing(buffer.WrittenSpan.ToArray()));
        }

        private void Close(int code, string reason) => outgoing.Writer.TryWrite(new Outgoing(null, code, reason));

        /// <summary>Close reasons are at most 123 bytes.</summary>
        private static string Truncated(string reason) =>
            Encoding.UTF8.GetByteCount(reason) <= 123 ? reason : reason[..Math.Min(reason.Length, 40)] + "…";

        /// <summary>Writes the queued messages in order; a close is written last and ends the connection.</summary>
        private async Task WriteAsync()
        {
            try
            {
                await foreach (var item in outgoing.Reader.ReadAllAsync())
                {
                    if (item.Message is { } message)
                    {
                        await socket.SendAsync(message, WebSocketMessageType.Text, true, ended.Token);
                        continue;
                    }
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        await socket.CloseOutputAsync((WebSocketCloseStatus)item.CloseCode!.Value, item.CloseReason,
                            CancellationToken.None);
                    break;
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // The client went.
            }
            finally
            {
                outgoing.Writer.TryComplete();
                await ended.CancelAsync();
            }
        }

        private sealed class Subscription(AsyncServiceScope scope)
        {
            public AsyncServiceScope Scope { get; } = scope;
            public IDisposable? Stream { get; set; }
        }

        /// <summary>Sends each result of a subscription's stream as <c>next</c>, its end as <c>complete</c>.</summary>
        private sealed class Observer(Connection connection, string id) : IObserver<ExecutionResult>
        {
            public void OnNext(ExecutionResult value)
            {
                using var payload = JsonDocument.Parse(connection.endpoint.serializer.Serialize(value));
                var body = payload.RootElement.Clone();
                connection.Send(writer =>
                {
                    writer.WriteString("id", id);
                    writer.WriteString("type", "next");
                    writer.WritePropertyName("payload");
                    body.WriteTo(writer);
                });
            }

            public void OnError(Exception error)
            {
                if (connection.End(id))
                    connection.SendErrors(id, [new ExecutionError("The event stream failed.") { Code = "STREAM" }]);
            }

            public void OnCompleted()
            {
                if (!connection.End(id)) return;
                connection.Send(writer =>
                {
                    writer.WriteString("id", id);
                    writer.WriteString("type", "complete");
                });
            }
        }
    }
}
