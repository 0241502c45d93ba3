using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Administration;

public sealed class RoleEntryType : ObjectGraphType<RoleEntry>
{
    public RoleEntryType()
    {
        Name = "Role";
        Description = "A role (角色) of the catalogue: the permissions it grants and how it may be held.";
        this.AllowAnyCaller();
        Field(r => r.Name).Description("Name of the role, e.g. community-officer.");
        Field(r => r.Permissions).Description("Permissions (权限) the role grants.");
        Field(r => r.SecondFactorRequired)
            .Description("Whether its holders must sign in with a second factor (双因素): no machine client may hold it.");
        Field(r => r.SeparatedDuty).Description("Whether it is one of the separated admin duties (三员: system admin, "
            + "security admin, auditor), of which one account holds at most one.");
    }
}
