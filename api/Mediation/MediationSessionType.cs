using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Mediation;

public sealed class MediationSessionType : EntityGraphType<MediationSession>
{
    protected override void Define()
    {
        Name = "MediationSession";
        Description =
            "One mediation session on a case: when and where it was held, its record and the mediators present.";
        this.RequirePermission(Permissions.MediationRead);
        Field(s => s.HeldAt).Description("When the session was held (UTC).");
        Field(s => s.Place).Description("Where the session was held.");
        Field(s => s.Record).Description("Record of the session (调解笔录).");
        Children<MediationSessionMediator>("mediators", m => m.SessionId,
            "The committee members who mediated, each seated on the committee on the session's day.");
        RequiredReference<MediationCase>("case", s => s.CaseId, "The case the session was held on.");
        RequiredReference<OrgUnit>("unit", s => s.OwnerUnitId, "The unit that keeps the record.");
    }
}
