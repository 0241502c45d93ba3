using System.Security.Claims;
using System.Threading.RateLimiting;
using Gateway.Api.Audit;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Security.RateLimiting;

/// <summary>
/// Per principal (the token's subject: a client id or a user id), how many <c>/graphql</c> requests may be in flight,
/// and a token bucket of estimated cost refilled every second. The cost is charged once validation has estimated it
/// (<see cref="RequestCostEstimate"/>) and before anything executes, so a refused request runs no resolver and no SQL.
/// This runs inside GraphQL execution rather than in the rate-limiting middleware because the principal is known only
/// after the endpoint's authorization, which comes after that middleware.
/// </summary>
public sealed class GraphQLRequestBudget : IConfigureExecution, IDocumentExecutionListener, IDisposable
{
    public const string ConcurrencyOperation = "ratelimit.rejected:graphql";
    public const string CostOperation = "ratelimit.rejected:graphql-cost";

    private readonly int costPerMinute;
    private readonly PartitionedRateLimiter<string> concurrency;
    private readonly PartitionedRateLimiter<string> cost;

    public GraphQLRequestBudget(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        costPerMinute = limits.GraphQLCostPerMinute;
        concurrency = PartitionedRateLimiter.Create<string, string>(principal =>
            RateLimitPartition.GetConcurrencyLimiter(principal,
                _ => new ConcurrencyLimiterOptions { PermitLimit = limits.GraphQLConcurrentRequests, QueueLimit = 0 }));
        // Refilled about every second at the budget's rate: budget/60 units a period, a period of 60 s × those units /
        // budget (one unit every 30 s for a budget of 2, 90 a minute for 90).
        var tokensPerPeriod = Math.Max(1, limits.GraphQLCostPerMinute / 60);
        var period = TimeSpan.FromSeconds(60.0 * tokensPerPeriod / limits.GraphQLCostPerMinute);
        cost = PartitionedRateLimiter.Create<string, string>(principal =>
            RateLimitPartition.GetTokenBucketLimiter(principal,
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.GraphQLCostPerMinute,
                    TokensPerPeriod = tokensPerPeriod,
                    ReplenishmentPeriod = period,
                    QueueLimit = 0,
                }));
    }

    /// <summary>Outside the document cache and the execution timeout (200), inside the option configurations
    /// (100).</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var principal = PrincipalOf(options.User);
        using var lease = concurrency.AttemptAcquire(principal);
        if (!lease.IsAcquired)
        {
            var error = new RateLimitedError(RetryAfter.Of(lease));
            await AuditAsync(options.RequestServices!, ConcurrencyOperation, principal);
            return new ExecutionResult { Executed = false, Errors = [error] };
        }
        options.Listeners.Add(this);
        return await next(options);
    }

    public async Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        var estimate = context.RequestServices!.GetRequiredService<RequestCostEstimate>().Value;
        if (!validationResult.IsValid || estimate is null) return;
        // An error here stops the request before execution (DocumentExecuter checks the context's errors).
        if (await ChargeAsync(context.User, estimate.Value, context.RequestServices!) is { } refused)
            context.Errors.Add(refused);
    }

    /// <summary>Takes <paramref name="estimate"/> from the principal's cost budget, or refuses (audited) when it has
    /// not that much left. Also for answers given without executing (the result cache), at what they cost to
    /// compute.</summary>
    public async Task<RateLimitedError?> ChargeAsync(ClaimsPrincipal? user, double estimate, IServiceProvider services)
    {
        // A request dearer than the whole budget (a budget configured below GraphQL:Limits:MaxComplexity) takes all of
        // it.
        var permits = (int)Math.Min(Math.Ceiling(estimate), costPerMinute);
        var principal = PrincipalOf(user);
        using var lease = cost.AttemptAcquire(principal, permits);
        if (lease.IsAcquired) return null;
        await AuditAsync(services, CostOperation, principal);
        return new RateLimitedError(RetryAfter.Of(lease));
    }

    public Task BeforeExecutionAsync(IExecutionContext context) => Task.CompletedTask;

    public Task AfterExecutionAsync(IExecutionContext context) => Task.CompletedTask;

    private static string PrincipalOf(ClaimsPrincipal? user) => user?.FindFirstValue(Claims.Subject) ?? "(anonymous)";

    private static Task AuditAsync(IServiceProvider services, string operation, string principal) =>
        services.GetRequiredService<RefusalAudit>()
            .RecordAsync(new AuditEntry(operation, AuditOutcome.Denied, [principal]),
            services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress?.ToString());

    public void Dispose()
    {
        concurrency.Dispose();
        cost.Dispose();
    }
}
