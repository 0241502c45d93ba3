using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Grids;

public sealed class MassParticipationTeamType : EntityGraphType<MassParticipationTeam>
{
    protected override void Define()
    {
        Name = "MassParticipationTeam";
        Description =
            "A mass-participation team: building guards (守楼护院队), residents' joint defence (居民联防队) or volunteers.";
        this.RequirePermission(Permissions.GridsRead);
        Field(t => t.Kind).Description("Kind of team.");
        Field(t => t.Name).Description("Team name.");
        Field(t => t.MemberCount).Description("Members on the team.");
        Reference<Grid>("grid", t => t.GridId, "The grid the team works in, if it is tied to one.");
        RequiredReference<OrgUnit>("office", t => t.OwnerUnitId, "The unit that organises the team.");
    }
}
