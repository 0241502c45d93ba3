using System.Net;
using System.Threading.RateLimiting;
using Gateway.Api.Audit;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Security.RateLimiting;

/// <summary>
/// The limits on sign-in requests (<see cref="SignInCaller"/>), per address and per account, for one-minute windows:
/// refused requests against tight limits, checked before a request and charged after it was refused, so an
/// integration that gets its tokens right is held only by the generous limits on all requests. A request over any
/// limit gets 429 with Retry-After, in the endpoint's own format, and the rejection is audited.
/// </summary>
public sealed class SignInLimits : IDisposable
{
    public const string RejectedOperation = "ratelimit.rejected:sign-in";

    private readonly PartitionedRateLimiter<HttpContext> addressFailures;
    private readonly PartitionedRateLimiter<HttpContext> accountFailures;
    private readonly PartitionedRateLimiter<HttpContext> addressRequests;
    private readonly PartitionedRateLimiter<HttpContext> accountRequests;

    public SignInLimits(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        addressFailures = Windowed(caller => "address:" + caller.Address, limits.SignInFailuresPerAddress);
        accountFailures = Windowed(caller => caller.Account, limits.SignInFailuresPerAccount);
        addressRequests = Windowed(caller => "address:" + caller.Address, limits.SignInRequestsPerAddress);
        accountRequests = Windowed(caller => caller.Account, limits.SignInRequestsPerAccount);
        // The failure gates first: a request they refuse takes no permit from the limits on all requests.
        Limiter = PartitionedRateLimiter.CreateChained(
            new FailureGate(addressFailures), new FailureGate(accountFailures), addressRequests, accountRequests);
    }

    /// <summary>For the rate-limiting middleware; requests that are not sign-ins pass untouched.</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>Whether the response refuses the sign-in: a wrong secret, password or code, an unknown client, a bad
    /// request.</summary>
    public static bool IsRefusal(int status) =>
        status is StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized
            or StatusCodes.Status403Forbidden;

    /// <summary>Charges a refused sign-in to its address and account.</summary>
    public void RecordFailure(HttpContext context)
    {
        addressFailures.AttemptAcquire(context).Dispose();
        accountFailures.AttemptAcquire(context).Dispose();
    }

    /// <summary>429 with Retry-After and a body the client expects: OAuth error JSON, or a page for a
    /// browser.</summary>
    public static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = RetryAfter.Of(rejected.Lease);
        var caller = http.Features.Get<SignInCaller>();
        // The account presented is left out: an attacker would choose a new one per request, and so a new record.
        await http.RequestServices.GetRequiredService<RefusalAudit>().RecordAsync(
            new AuditEntry(RejectedOperation, AuditOutcome.Denied, []), caller?.Address);

        RetryAfter.Set(http.Response, retryAfter);
        http.Response.Headers.CacheControl = "no-store";
        var seconds = RetryAfter.Seconds(retryAfter);
        if (http.Request.Path.StartsWithSegments("/connect"))
        {
            await http.Response.WriteAsJsonAsync(new Dictionary<string, string>
            {
                ["error"] = "rate_limited",
                ["error_description"] = $"Too many requests. Retry after {seconds} seconds.",
            }, cancellationToken);
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        var message = $"Too many sign-in attempts. Try again in {seconds} seconds.";
        await http.Response.WriteAsync($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Too many attempts · Gateway</title></head>
            <body><p role="alert">{WebUtility.HtmlEncode(message)}</p></body></html>
            """, cancellationToken);
    }

    private static PartitionedRateLimiter<HttpContext> Windowed(Func<SignInCaller, string?> key, int permits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Features.Get<SignInCaller>() is { } caller && key(caller) is { } partition
                ? RateLimitPartition.GetFixedWindowLimiter(partition,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = RateLimitOptions.Window,
                        QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));

    public void Dispose()
    {
        Limiter.Dispose();
        addressFailures.Dispose();
        accountFailures.Dispose();
        addressRequests.Dispose();
        accountRequests.Dispose();
    }
}
