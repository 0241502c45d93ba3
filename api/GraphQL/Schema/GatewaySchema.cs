using Gateway.Api.GraphQL.Mutations;
using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

public sealed class GatewaySchema : global::GraphQL.Types.Schema
{
    private const string IncludeDeprecated = "includeDeprecated";

    public GatewaySchema(IServiceProvider services, GatewayQuery query, GatewayMutation mutation,
        GatewaySubscription subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Gateway: the county's community-policing data service.";
        // Arguments and input fields may be deprecated: introspection then takes includeDeprecated on args and
        // inputFields and shows isDeprecated on input values, as graphql-js's inputValueDeprecation asks.
        Features.DeprecationOfInputValues = true;
    }

    /// <summary>
    /// Completes GraphQL.NET 8's introspection to what graphql-js 16's getIntrospectionQuery asks for with every
    /// option: <c>__Type.specifiedByURL</c> and <c>__Directive.args(includeDeprecated:)</c>.
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type:
                // No scalar of this schema refers to an outside specification.
                type.Field<StringGraphType>("specifiedByURL").Resolve(_ => null);
                break;
            case __Directive directive:
                var args = directive.GetField("args")!;
                args.Arguments = new(new QueryArgument<BooleanGraphType>
                {
                    Name = IncludeDeprecated,
                    DefaultValue = false,
                });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                {
                    var includeDeprecated = context.GetArgument<bool>(IncludeDeprecated);
                    return context.Source.Arguments?
                        .Where(a => includeDeprecated || string.IsNullOrWhiteSpace(a.DeprecationReason)) ?? [];
                });
                break;
        }
    }
}
