using System.ComponentModel.DataAnnotations;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>Subscriptions over WebSocket (configuration section <c>GraphQL:WebSocket</c>).</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "GraphQL:WebSocket";

    /// <summary>How long a new connection may take to send <c>connection_init</c> before it is closed (4408).</summary>
    [Range(1, 300)]
    public int ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>Subscriptions one connection may hold at once.</summary>
    [Range(1, 1000)]
    public int MaxSubscriptionsPerConnection { get; set; } = 20;

    /// <summary>Largest message a client may send; a larger one closes the connection (1009).</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How often a connection's credentials are checked again (a locked account, a revoked key or client)
    /// between the checks at its token's expiry.</summary>
    [Range(1, 3600)]
    public int RecheckSeconds { get; set; } = 60;
}

/// <summary>The authentication scheme and authorization policy the HTTP endpoint is guarded by, run again for each
/// WebSocket connection on the credentials its <c>connection_init</c> carries.</summary>
public sealed record GraphQLCallerAuthentication(string Scheme, string Policy);
