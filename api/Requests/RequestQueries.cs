using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Requests;

public sealed class RequestQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<ServiceRequest>("serviceRequests",
            "Non-police requests received by 110 and diverted to the 4312345 centre.", db => db.ServiceRequests);
    }
}
