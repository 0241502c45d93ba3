using System.Threading.RateLimiting;

namespace Gateway.Api.Security.RateLimiting;

/// <summary>
/// Lets a request through while its partition of <paramref name="failures"/> has permits left, without taking one:
/// only a refused request takes one, afterwards (<see cref="SignInLimits.RecordFailure"/>).
/// </summary>
internal sealed class FailureGate(PartitionedRateLimiter<HttpContext> failures) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => failures.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        failures.AttemptAcquire(resource, 0);

    /// <summary>Never waits: a limiter asked for no permits while it has none queues the request until its window
    /// ends.</summary>
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(
        HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));
}
