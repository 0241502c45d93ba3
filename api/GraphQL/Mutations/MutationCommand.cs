using Gateway.Api.Data;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// What one mutation does, for <see cref="MutationRunner"/> to run inside its transaction: check the input without
/// the database, then <see cref="Execute"/>: find the rows the input names through the
/// <see cref="MutationContext"/>, check the rules that need the stored data, make the change and return the object
/// the payload shows, or refuse through the context (then nothing is saved).
/// </summary>
/// <param name="Validate">The input's errors, without touching the database; none lets the change go on.</param>
/// <param name="Execute">The change; null or a refusal in the context when it is refused.</param>
public sealed record MutationCommand<TInput, TResult>(
    Func<TInput, IReadOnlyList<MutationError>> Validate,
    Func<TInput, MutationContext, CancellationToken, Task<TResult?>> Execute) where TResult : class, IIdentified
{
    /// <summary>Whether the change may answer CONFLICT: it changes versioned rows named with their version.</summary>
    public bool MayConflict { get; init; }

    /// <summary>The global id of the object the change is about, which the audit record of a refusal names even when
    /// the refusal came before anything was looked for.</summary>
    public Func<TInput, string>? Subject { get; init; }

    /// <summary>The global ids the audit record of a success names, for a result that stands for several rows (a
    /// batch); left out, the result's own id.</summary>
    public Func<TResult, IReadOnlyList<string>>? AuditedObjects { get; init; }

    /// <summary>Whether the change reports targets it leaves unmet, as the payload's <c>warnings</c>.</summary>
    public bool ReportsWarnings { get; init; }

    /// <summary>Fields of the payload beside the result that the change fills through
    /// <see cref="MutationContext.ShowOnce"/>.</summary>
    public IReadOnlyList<OneTimeField> OneTimeFields { get; init; } = [];
}

/// <summary>
/// A string field of the payload that only the change itself fills, such as a new secret: a retry answered from the
/// receipt of an idempotent create runs no change, so it answers null there, and the value is never stored or audited.
/// </summary>
public sealed record OneTimeField(string Name, string Description);
