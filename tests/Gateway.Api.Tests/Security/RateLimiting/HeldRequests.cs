using GraphQL;
using GraphQL.DI;

namespace Gateway.Api.Tests.Security.RateLimiting;

/// <summary>Holds every GraphQL request whose document mentions <see cref="Marker"/> until
/// <see cref="Release"/>.</summary>
public sealed class HeldRequests : IConfigureExecution
{
    public const string Marker = "held";

    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a held request has reached execution.</summary>
    public Task Entered => entered.Task;

    /// <summary>Inside the rate limits (150), so a held request holds its concurrency permit.</summary>
    public float SortOrder => 1000;

    public void Release() => released.TrySetResult();

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query?.Contains(Marker, StringComparison.Ordinal) == true)
        {
            entered.TrySetResult();
            await released.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        return await next(options);
    }
}
