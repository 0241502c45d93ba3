using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Administration;

/// <summary>
/// The caller as its token describes it. Clients such as the admin page build their menus from it: the access token
/// itself is encrypted and opaque to them.
/// </summary>
public sealed class ViewerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("The caller (当前用户): name, roles and the permissions they grant, as the token carries them.")
            .AllowAnyCaller()
            .Resolve(ctx => Viewer.Of(ctx.User!));
    }
}
