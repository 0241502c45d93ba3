using GraphQL;

namespace Gateway.Api.GraphQL.Limits;

/// <summary>
/// Keeps an answer in proportion to its request: a document over a limit gets that one refusal, whatever else is
/// wrong with it, and any other answer carries at most <see cref="RequestLimitsOptions.MaxErrors"/> errors.
/// </summary>
public static class ErrorCap
{
    public const string ErrorsLeftOut = "TOO_MANY_ERRORS";

    public static void Apply(ExecutionResult result, int maxErrors)
    {
        if (result.Errors is not { Count: > 0 } errors) return;
        if (errors.OfType<LimitExceededError>().FirstOrDefault() is { } refusal)
        {
            result.Errors = [refusal];
            return;
        }
        if (errors.Count <= maxErrors) return;

        var kept = Math.Max(maxErrors - 1, 0);
        result.Errors = [.. errors.Take(kept),
            new ExecutionError($"{errors.Count - kept} more errors were left out.") { Code = ErrorsLeftOut }];
    }
}
