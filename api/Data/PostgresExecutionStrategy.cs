using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Gateway.Api.Data;

/// <summary>
/// Retries an operation that failed for a transient reason (a dropped connection, a failover, a serialization
/// failure) on PostgreSQL. The units of work that open their own transaction (the mutation runner, the audit log, the
/// seeding, the rollup rebuild) run whole inside <c>Database.CreateExecutionStrategy()</c>, so a retry
/// repeats all of it; a statement sent inside a transaction opened elsewhere (the rollups the save of field work opens,
/// a test's own) runs once, as a retry of one statement of a broken transaction could not succeed.
/// </summary>
public sealed class PostgresExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries)
{
    public const int MaxRetries = 3;

    private bool InTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    public override TResult Execute<TState, TResult>(TState state, Func<DbContext, TState, TResult> operation,
        Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        InTransaction
            ? operation(Dependencies.CurrentContext.Context, state)
            : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default) =>
        InTransaction
            ? operation(Dependencies.CurrentContext.Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);
}
