using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Administration;

/// <summary>The role catalogue: the system's structure, the same for every caller, so any caller may read it.</summary>
public sealed class RoleQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleEntryType>>>>("roles")
            .Description("The roles (角色) accounts and API clients can be given, with the permissions each grants.")
            .AllowAnyCaller()
            .Resolve(_ => RoleEntry.All);
    }
}
