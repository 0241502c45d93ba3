using System.Linq.Expressions;
using Gateway.Api.Data;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// What one mutation of an existing object does, for <see cref="MutationRunner"/> to run in order: check the input,
/// find the object by the global id in <see cref="TargetId"/>, apply the input to it.
/// </summary>
/// <param name="TargetId">The input field holding the global id of the object to change.</param>
/// <param name="Validate">The input's errors, without touching the database; none lets the change go on.</param>
/// <param name="Apply">Changes the loaded object as the input asks (typically a generated mapper).</param>
/// <param name="ExpectedVersion">
/// For an <see cref="IVersioned"/> object, the input field holding the version the caller read.
/// </param>
public sealed record MutationSteps<TInput, TTarget>(
    Expression<Func<TInput, string>> TargetId,
    Func<TInput, IReadOnlyList<MutationError>> Validate,
    Action<TInput, TTarget> Apply,
    Expression<Func<TInput, int>>? ExpectedVersion = null) where TTarget : class, IIdentified
{
    internal Func<TInput, string> TargetIdOf { get; } = TargetId.Compile();

    internal Func<TInput, int>? ExpectedVersionOf { get; } = ExpectedVersion?.Compile();

    internal IReadOnlyList<string>? ExpectedVersionPath { get; } = ExpectedVersion is null ? null
        : InputPath.Of(((MemberExpression)ExpectedVersion.Body).Member.Name);

    internal IReadOnlyList<string> TargetIdPath { get; } =
        InputPath.Of(((MemberExpression)TargetId.Body).Member.Name);

    /// <summary>The same steps as a command: find the target at the version read, apply the input.</summary>
    internal MutationCommand<TInput, TTarget> AsCommand() => new(Validate, async (input, context, cancellationToken) =>
    {
        var target = await context.FindAsync<TTarget>(TargetIdOf(input), TargetIdPath,
            ExpectedVersionOf is null ? null : (ExpectedVersionOf(input), ExpectedVersionPath!), cancellationToken);
        if (target is not null) Apply(input, target);
        return target;
    }) { MayConflict = ExpectedVersion is not null, Subject = TargetIdOf };
}
