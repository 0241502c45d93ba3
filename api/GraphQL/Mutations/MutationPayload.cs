
namespace Gateway.Api.GraphQL.Mutations;

/// <summary>What a mutation returns: its result, the targets it leaves unmet and the values shown once, or the errors
/// that refused it (then nothing was changed).</summary>
public sealed record MutationPayload(object? Result, IReadOnlyList<MutationError>? Errors,
    IReadOnlyList<MutationWarning> Warnings, IReadOnlyDictionary<string, string> ShownOnce)
{
    public static MutationPayload Succeeded(object result, IReadOnlyList<MutationWarning> warnings,
        IReadOnlyDictionary<string, string> shownOnce) => new(result, null, warnings, shownOnce);

    public static MutationPayload Refused(IReadOnlyList<MutationError> errors) =>
        new(null, errors, [], new Dictionary<string, string>());
}
