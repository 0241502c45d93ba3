using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Informants;

public sealed class InformantQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Informant>("informants", "Informants on file (情报信息员), by code name.", db => db.Informants);
        query.Connection<Tip>("tips", "Tips received from informants.", db => db.Tips);
        query.Connection<Reward>("rewards", "Rewards offered and paid for useful tips.", db => db.Rewards);
    }
}
