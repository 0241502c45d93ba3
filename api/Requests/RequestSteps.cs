using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Requests;

/// <summary>The request a step names, found at the version read and checked to be in a stage the step
/// takes.</summary>
internal static class RequestSteps
{
    public static async Task<ServiceRequest?> FindInStageAsync(MutationContext ctx, RequestStepInput input, string code,
        RequestStage[] allowed, CancellationToken ct)
    {
        var request = await ctx.FindAsync<ServiceRequest>(input.RequestId, input.Version, ct);
        return request is null || !InStage(ctx, request, code, allowed) ? null : request;
    }

    /// <summary>Refuses with <paramref name="code"/> unless the request is in one of
    /// <paramref name="allowed"/>.</summary>
    public static bool InStage(MutationContext ctx, ServiceRequest request, string code, RequestStage[] allowed)
    {
        if (allowed.Contains(request.Stage)) return true;
        ctx.Refuse(new RequestStageError(code, request.Stage, allowed,
            InputPath.Of(nameof(RequestStepInput.RequestId))));
        return false;
    }

    /// <summary>Diverted and not yet answered: the deadline runs.</summary>
    public static readonly RequestStage[] Open =
        [RequestStage.Diverted, RequestStage.Dispatched, RequestStage.Accepted, RequestStage.Handled];

    public static ValidationError Invalid(string property, string chinese, string english)
    {
        var path = InputPath.Of(property);
        return new ValidationError(new($"“{path[^1]}”{chinese}。", $"`{path[^1]}` {english}."), path);
    }
}
