using System.Globalization;
using System.Threading.RateLimiting;

namespace Gateway.Api.Security.RateLimiting;

public static class RetryAfter
{
    /// <summary>When a refused lease says nothing (a concurrency limit frees up at any moment), a second.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);

    public static TimeSpan Of(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : Default;

    /// <summary>Sets the <c>Retry-After</c> header in whole seconds, rounded up.</summary>
    public static void Set(HttpResponse response, TimeSpan retryAfter) =>
        response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);

    public static int Seconds(TimeSpan retryAfter) => (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
}
