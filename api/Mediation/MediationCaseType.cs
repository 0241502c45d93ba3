using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Mediation;

public sealed class MediationCaseType : EntityGraphType<MediationCase>
{
    protected override void Define()
    {
        Name = "MediationCase";
        Description =
            "A civil dispute or public-security case taken through registration → acceptance → investigation → "
            + "sessions → agreement → follow-up.";
        this.RequirePermission(Permissions.MediationRead);
        Field(c => c.CaseNumber).Description("Case number, unique within the owning unit.");
        Field(c => c.Kind).Description("Civil dispute or public-security case settled by mediation.");
        Field(c => c.Summary).Description("What the dispute is about.");
        Field(c => c.Parties).Description("The parties to the dispute.");
        Field(c => c.Stage).Description("Where the case stands in the mediation process.");
        Field(c => c.RegisteredAt).Description("When the case was registered (UTC).");
        Field(c => c.AcceptedAt, nullable: true).Description("When the committee accepted the case (UTC).");
        Field(c => c.InvestigatedAt, nullable: true).Description("When the investigation was completed (UTC).");
        Field(c => c.ClosedAt, nullable: true)
            .Description("When the case was closed: settled, failed or referred (UTC).");
        Field(c => c.FollowedUpAt, nullable: true)
            .Description("When the parties were followed up after settlement (UTC).");
        Field(c => c.FollowUpNote, nullable: true).Description("What the follow-up found.");
        Field(c => c.Disposition, nullable: true).Description("Where a referred case went, or why mediation failed.");
        RequiredReference<MediationCommittee>("committee", c => c.CommitteeId, "The committee mediating the case.");
        Reference<Grid>("grid", c => c.GridId, "The grid the dispute arose in, when known.");
        Children<MediationSession>("sessions", s => s.CaseId, "Mediation sessions held on the case.");
        Dependent<MediationAgreement>("agreement", a => a.CaseId,
            "The agreement that settled the case; null until one is signed.");
        RequiredReference<OrgUnit>("unit", c => c.OwnerUnitId, "The unit that registered the case.");
    }
}
