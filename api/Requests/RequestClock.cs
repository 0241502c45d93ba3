using GraphQL;

namespace Gateway.Api.Requests;

/// <summary>What a request's deadline and the clock say about it; computed on every read, never stored.</summary>
public static class RequestClock
{
    public static DateTime Now(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    /// <summary>The deadline has passed and the department has not replied.</summary>
    public static bool IsOverdue(ServiceRequest request, DateTime now) =>
        request.Deadline < now && ServiceRequest.Unanswered.Contains(request.Stage);

    /// <summary>Whether the reply came by the deadline; null before a reply.</summary>
    public static bool? OnTime(ServiceRequest request) =>
        request.RepliedAt is { } replied && request.Deadline is { } deadline ? replied <= deadline : null;
}
