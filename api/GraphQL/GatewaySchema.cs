using GraphQL.Types;

namespace Gateway.Api.GraphQL;

public sealed class GatewaySchema : Schema
{
    public GatewaySchema(IServiceProvider services, GatewayQuery query) : base(services)
    {
        Query = query;
        Description = "Gateway: the county's community-policing data service.";
    }
}
