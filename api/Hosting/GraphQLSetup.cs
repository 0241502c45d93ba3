using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Filtering;
using Gateway.Api.GraphQL.Limits;
using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.GraphQL.Paging;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security.ErrorHygiene;
using Gateway.Api.Statistics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Hosting;

public static class GraphQLSetup
{
    public static IHostApplicationBuilder AddGatewayGraphQL(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PagingOptions>(builder.Configuration.GetSection(PagingOptions.Section));
        services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection(GraphQLHttpOptions.Section));
        services.AddScoped<BatchLoader>();
        services.AddSingleton<GraphQLRequestRules>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddOptions<GraphQLWebSocketOptions>().BindConfiguration(GraphQLWebSocketOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new GraphQLCallerAuthentication(AuthSetup.ApiCallerScheme, AuthSetup.ApiPolicy));
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        services.Configure<ResultCacheOptions>(builder.Configuration.GetSection(ResultCacheOptions.Section));
        services.AddSingleton<TenantResultCache>();
        services.AddSingleton(typeof(ConnectionGraphType<,>));
        services.AddSingleton(typeof(EdgeGraphType<,>));
        services.AddSingleton(typeof(WhereInputGraphType<>));
        services.AddSingleton(typeof(ListWhereInputGraphType<>));
        services.AddSingleton(typeof(OrderInputGraphType<>));
        services.AddSingleton(typeof(ComparableFilterInputType<>));
        services.AddSingleton(typeof(EnumFilterInputType<>));
        AddEveryArea<IQueryFields>(services);
        services.AddScoped<MutationRunner>();
        services.AddSingleton(typeof(ErrorGraphType<>));
        AddEveryArea<IMutationFields>(services);
        AddEveryArea<ISubscriptionFields>(services);
        // Closing a unit asks every area that keeps something running in one.
        AddEveryArea<IUnitClosingCheck>(services);
        // Field work names residents, which the registry above it keeps.
        AddEveryArea<IFieldWorkResidents>(services);
        services.AddSingleton<OrgUnitLifecycle>();
        // Retiring, splitting and merging grids ask every area that keeps something in a grid.
        AddEveryArea<IGridRetiringCheck>(services);
        AddEveryArea<IGridRowsFollowAddresses>(services);
        services.Configure<StatisticsOptions>(builder.Configuration.GetSection(StatisticsOptions.Section));
        services.AddScoped<StatisticsRequestReader>();
        AddEveryArea<IStatisticsFields>(services);

        services.Configure<RequestLimitsOptions>(builder.Configuration.GetSection(RequestLimitsOptions.Section));

        var development = builder.Environment.IsDevelopment();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<GatewaySchema>()
            .AddGraphTypes(typeof(GatewaySchema).Assembly)
            // Chinese text as itself rather than \u escapes, half the size. "Unsafe" means unsafe inside HTML: the
            // escaper leaves < > & ' alone, and these bodies are only ever JSON, sent with nosniff and no-store.
            .AddSystemTextJson(json =>
            {
                json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                json.Converters.Add(new FlatRowJsonConverter());
            })
            // Resolvers share the request's DbContext, which allows one command at a time (serial execution); batching
            // keeps it cheap.
            .AddExecutionStrategy<CollectOnceExecutionStrategy>(OperationType.Query)
            .AddUnexposedErrors(development)
            .AddValidationRule<DocumentSizeRule>()
            .AddValidationRule<IntrospectionNestingRule>()
            .AddComplexityAnalyzer((options, provider) => ComplexityLimits.Configure(options,
                provider.GetRequiredService<IOptions<RequestLimitsOptions>>().Value,
                provider.GetRequiredService<IOptions<PagingOptions>>().Value))
            // Published documents run by id (schema/operations). Registered before the document cache, which runs
            // at the same order and then finds the document's text: the sort keeps the order of registration.
            .UsePersistedDocuments<PersistedDocumentStore>(global::GraphQL.DI.ServiceLifetime.Singleton,
                persisted => persisted.AllowOnlyPersistedDocuments = false)
            .ConfigureExecution(ExecuteWithinTimeAsync)
            .ConfigureExecution<ValidatedDocumentCache>()
            .ConfigureExecutionOptions(o => o.EnableMetrics = false));
        return builder;
    }

    /// <summary>Registers each area's part of a root type: every class of the assembly implementing it.</summary>
    private static void AddEveryArea<TRootFields>(IServiceCollection services)
    {
        foreach (var area in typeof(GraphQLSetup).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TRootFields).IsAssignableFrom(t)))
            services.AddSingleton(typeof(TRootFields), area);
    }

    /// <summary>A request that runs past its time is cancelled, SQL included, and answered with a TIMEOUT
    /// error.</summary>
    private static async Task<ExecutionResult> ExecuteWithinTimeAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limits = options.RequestServices!.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;
        var callerToken = options.CancellationToken;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        // A timer may fire after a fast request ends, so a budget of zero is spent at once.
        if (limits.ExecutionTimeoutSeconds > 0)
            deadline.CancelAfter(TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds));
        else deadline.Cancel();
        options.CancellationToken = deadline.Token;
        try
        {
            return await next(options);
        }
        catch (OperationCanceledException)
            when (deadline.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            return new ExecutionResult
            {
                Executed = true,
                Errors = [new ExecutionError("The request took too long and was stopped.") { Code = "TIMEOUT" }],
            };
        }
    }

    /// <summary>
    /// Subscriptions: a WebSocket upgrade of /graphql is taken here, before authentication and the endpoint's
    /// authorization, as a browser can send no Authorization header with it: the connection authenticates with its
    /// first message (<see cref="GraphQLWebSocketEndpoint"/>).
    /// </summary>
    public static WebApplication UseGatewayGraphQLWebSockets(this WebApplication app)
    {
        app.UseWebSockets();
        var endpoint = app.Services.GetRequiredService<GraphQLWebSocketEndpoint>();
        app.Use((http, next) => http.WebSockets.IsWebSocketRequest && http.Request.Path == GraphQLPath
            ? endpoint.HandleAsync(http)
            : next(http));
        return app;
    }

    private const string GraphQLPath = "/graphql";

    public static WebApplication MapGatewayGraphQL(this WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<GraphQLHttpEndpoint>();
        app.Map(GraphQLPath, endpoint.HandleAsync).RequireAuthorization(AuthSetup.ApiPolicy);
        return app;
    }
}
