using GraphQL;
using GraphQL.DI;

namespace Gateway.Api.Security.ErrorHygiene;

/// <summary>
/// What a failed request tells its caller: outside Development no stack trace and no exception message, which could
/// name tables, columns or paths; the operator's log gets the exception instead.
/// </summary>
public static class UnexposedErrors
{
    public static IGraphQLBuilder AddUnexposedErrors(this IGraphQLBuilder graphQL, bool development) => graphQL
        .AddErrorInfoProvider(options => options.ExposeExceptionDetails = development)
        .ConfigureExecutionOptions(options =>
        {
            var logger = options.RequestServices?.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.GraphQL");
            options.UnhandledExceptionDelegate = context =>
            {
                logger?.LogError(context.OriginalException, "Unhandled exception while executing a GraphQL request");
                return Task.CompletedTask;
            };
        });
}
