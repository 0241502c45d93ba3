using Gateway.Api.GraphQL;
using Gateway.Api.GraphQL.Relay;
using Gateway.Api.GraphQL.Transport;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace Gateway.Api.Hosting;

public static class GraphQLSetup
{
    public static IHostApplicationBuilder AddGatewayGraphQL(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PagingOptions>(builder.Configuration.GetSection(PagingOptions.Section));
        services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection(GraphQLHttpOptions.Section));
        services.AddScoped<BatchLoader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton(typeof(ConnectionGraphType<,>));
        services.AddSingleton(typeof(EdgeGraphType<,>));
        foreach (var area in typeof(GraphQLSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IQueryFields).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IQueryFields), area);

        var development = builder.Environment.IsDevelopment();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<GatewaySchema>()
            .AddGraphTypes(typeof(GatewaySchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            // Resolvers share the request's DbContext, which allows one command at a time; batching keeps it cheap.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // Stack traces and exception messages only where the developer is the reader.
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = development)
            .ConfigureExecutionOptions(o => o.EnableMetrics = false));
        return builder;
    }

    public static WebApplication MapGatewayGraphQL(this WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        app.Map("/graphql", endpoint.HandleAsync).RequireAuthorization(AuthSetup.ApiPolicy);
        return app;
    }
}
