using GraphQL;

namespace Gateway.Api.Security.RateLimiting;

/// <summary>A GraphQL request refused before it ran because its principal is over a limit; the endpoint answers
/// 429.</summary>
public sealed class RateLimitedError : ExecutionError
{
    public const string ErrorCode = "RATE_LIMITED";

    public RateLimitedError(TimeSpan retryAfter)
        : base("Too many requests, or too much estimated cost, for this caller; retry later.")
    {
        Code = ErrorCode;
        RetryAfter = retryAfter;
    }

    public TimeSpan RetryAfter { get; }
}
