namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// Something a change breaks that is a target, not a rule (an office left short of 1+2+N, a grid outside 300–500
/// households): the change is made and the warning comes back beside it.
/// </summary>
public sealed record MutationWarning(string Code, LocalizedText Message);
