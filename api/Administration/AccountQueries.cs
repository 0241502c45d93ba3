using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security.Accounts;
using GraphQL.Types;

namespace Gateway.Api.Administration;

public sealed class AccountQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Account>("accounts", "User accounts of the caller's unit and the units below it.",
            db => db.Set<Account>());
    }
}
