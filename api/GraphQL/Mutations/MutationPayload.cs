
namespace Gateway.Api.GraphQL.Mutations;

/// <summary>What a mutation returns: its result, or the errors that refused it (then nothing was changed).</summary>
public sealed record MutationPayload(object? Result, IReadOnlyList<MutationError>? Errors)
{
    public static MutationPayload Succeeded(object result) => new(result, null);

    public static MutationPayload Refused(IReadOnlyList<MutationError> errors) => new(null, errors);
}
