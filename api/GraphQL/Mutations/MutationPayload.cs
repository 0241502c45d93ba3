
namespace Gateway.Api.GraphQL.Mutations;

/// <summary>What a mutation returns: its result and the targets it leaves unmet, or the errors that refused it (then
/// nothing was changed).</summary>
public sealed record MutationPayload(object? Result, IReadOnlyList<MutationError>? Errors,
    IReadOnlyList<MutationWarning> Warnings)
{
    public static MutationPayload Succeeded(object result, IReadOnlyList<MutationWarning> warnings) =>
        new(result, null, warnings);

    public static MutationPayload Refused(IReadOnlyList<MutationError> errors) => new(null, errors, []);
}
