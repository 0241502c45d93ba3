using System.Diagnostics;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Gateway.Api.Operations;

/// <summary>
/// Counts every answer of the token endpoint by grant type and outcome (<c>issued</c> or the OAuth error code), and
/// tags the request's span with the same; the client id stays out of metrics (anyone may send any) and the subject out
/// of both.
/// </summary>
public sealed class TokenTelemetry(GatewayTelemetry telemetry) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<TokenTelemetry>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        var grantType = Known(context.Request?.GrantType);
        var outcome = context.Response.Error is { } error ? Known(error) : "issued";
        telemetry.TokenRequests.Add(1,
            new TagList { { "oauth.grant_type", grantType }, { "gateway.outcome", outcome } });
        if (Activity.Current is { } span)
        {
            span.SetTag("oauth.grant_type", grantType);
            span.SetTag("gateway.outcome", outcome);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A grant type or error code as sent, when it is one of the few OAuth defines; else "other", so a caller
    /// cannot add series.</summary>
    private static string Known(string? value) => value is not null && KnownValues.Contains(value) ? value : "other";

    private static readonly HashSet<string> KnownValues =
    [
        "client_credentials", "authorization_code", "refresh_token", "password", "invalid_request", "invalid_client",
        "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope", "access_denied",
        "server_error", "temporarily_unavailable",
    ];
}
