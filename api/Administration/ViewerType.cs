using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Administration;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller (当前用户) of this request.";
        this.AllowAnyCaller();
        Field(v => v.Name).Description("Display name of the user, or the machine client's name.");
        Field(v => v.Roles).Description("Roles held (角色), e.g. community-officer.");
        Field(v => v.Permissions)
            .Description("Permissions the roles grant (权限), e.g. personnel.read: what the caller may read and change.");
        Field(v => v.SecondFactor).Description("Whether the caller signed in with a second factor (双因素).");
    }
}
