namespace Gateway.Api.Security.RateLimiting;

/// <summary>
/// Runs around the rate-limiting middleware for sign-in requests: names the caller the limits count against before,
/// and charges a refusal to the failure limits after. It comes before authentication, where OpenIddict checks client
/// secrets and refuses wrong ones without reaching any endpoint.
/// </summary>
public sealed class SignInRateLimiting(RequestDelegate next, SignInLimits limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!SignInCaller.Covers(context.Request.Path))
        {
            await next(context);
            return;
        }
        context.Features.Set(await SignInCaller.ReadAsync(context));
        await next(context);
        if (SignInLimits.IsRefusal(context.Response.StatusCode)) limits.RecordFailure(context);
    }
}
