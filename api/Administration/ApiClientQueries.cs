using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security.Clients;
using GraphQL.Types;

namespace Gateway.Api.Administration;

public sealed class ApiClientQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection<ApiClient>("apiClients",
            "Machine clients acting for the caller's unit and the units below it, revoked ones included.",
            db => db.ApiClients);
}
