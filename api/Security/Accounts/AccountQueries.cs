using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Security.Accounts;

public sealed class AccountQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Account>("accounts", "User accounts of the caller's unit and the units below it.",
            db => db.Set<Account>());
    }
}
