using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Mediation;

public sealed class MediationSessionMediatorType : EntityGraphType<MediationSessionMediator>
{
    protected override void Define()
    {
        Name = "MediationSessionMediator";
        Description = "A committee member who mediated (调解员) at a session.";
        this.RequirePermission(Permissions.MediationRead);
        RequiredReference<MediationSession>("session", m => m.SessionId, "The session.");
        RequiredReference<MediationMember>("member", m => m.MemberId,
            "The seat on the committee of the person who mediated.");
        RequiredReference<OrgUnit>("unit", m => m.OwnerUnitId, "The unit that keeps the record.");
    }
}
