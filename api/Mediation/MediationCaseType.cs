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
            "A civil dispute or public-security case taken to people's mediation (人民调解): registered (受理申请) → "
            + "accepted (受理) or declined (不予受理) → investigated (调查) → in sessions (调解) → agreement reached "
            + "(调解协议) → followed up (回访). An accepted case not yet settled may fail (调解不成) or be referred "
            + "elsewhere (移交). Owned by the unit where it arose; every step is in `steps`.";
        this.RequirePermission(Permissions.MediationRead);
        Field(c => c.CaseNumber).Description("Case number, unique within the owning unit.");
        Field(c => c.Kind).Description("Civil dispute or public-security case that may be settled by mediation.");
        Field(c => c.Summary).Description("What the dispute is about.");
        Field(c => c.Stage).Description("Where the case stands in the mediation process.");
        Field(c => c.RegisteredAt).Description("When the application was registered (UTC).");
        Field(c => c.AcceptedAt, nullable: true).Description("When the committee accepted the case (UTC).");
        Field(c => c.InvestigatedAt, nullable: true).Description("When the investigation was completed (UTC).");
        Field(c => c.ClosedAt, nullable: true)
            .Description("When the case left mediation: declined, settled, failed or referred (UTC).");
        Field(c => c.DeclineReason, nullable: true).Description("Why the committee declined the case (不予受理).");
        Field(c => c.Findings, nullable: true).Description("What the investigation found.");
        Field(c => c.FailureReason, nullable: true).Description("Why mediation failed (调解不成).");
        Field(c => c.ReferredTo, nullable: true).Description("Where the case was referred, and why.");
        Field(c => c.Version).Description(
            "Raised by every step; a step names the version it read, and a stale one is refused with CONFLICT.");
        RequiredReference<MediationCommittee>("committee", c => c.CommitteeId,
            "The committee mediating the case, at or above the unit that owns it.");
        Reference<Grid>("grid", c => c.GridId, "The grid the dispute arose in, when known.");
        Children<MediationParty>("parties", p => p.CaseId, "The parties (当事人) to the dispute.");
        Children<MediationCaseStep>("steps", s => s.CaseId, "Every step the case took: who, when, from and to.");
        Children<MediationSession>("sessions", s => s.CaseId, "Mediation sessions held on the case.");
        Dependent<MediationAgreement>("agreement", a => a.CaseId,
            "The agreement that settled the case; null until one is signed.");
        RequiredReference<OrgUnit>("unit", c => c.OwnerUnitId, "The unit where the case arose, which owns it.");
    }
}
