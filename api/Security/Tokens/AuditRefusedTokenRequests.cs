using Gateway.Api.Audit;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Gateway.Api.Security.Tokens;

/// <summary>
/// Records every refused token request — wrong secrets and unknown clients, which OpenIddict refuses before
/// Gateway's endpoint runs, as well as Gateway's own refusals — under the client id that was presented; repeated ones
/// are summarised (<see cref="RefusalAudit"/>).
/// </summary>
public sealed class AuditRefusedTokenRequests(RefusalAudit refusals, IHttpContextAccessor http)
    : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public const string Operation = "token.issue";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
        .UseScopedHandler<AuditRefusedTokenRequests>()
        // Before the ASP.NET Core handlers that write the response and end the chain.
        .SetOrder(int.MinValue + 100_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (string.IsNullOrEmpty(context.Response.Error)) return;
        await refusals.RecordAsync(
            new AuditEntry(Operation, AuditOutcome.Denied, [context.Request?.ClientId ?? "(no client id)"]),
            http.HttpContext?.Connection.RemoteIpAddress?.ToString());
    }
}
