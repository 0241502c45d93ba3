using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Mediation;

public sealed class MediationAgreementType : EntityGraphType<MediationAgreement>
{
    protected override void Define()
    {
        Name = "MediationAgreement";
        Description = "The written mediation agreement (调解协议书) that settles a case.";
        this.RequirePermission(Permissions.MediationRead);
        Field(a => a.Facts).Description("The facts of the dispute as agreed.");
        Field(a => a.Matters).Description("The matters in dispute.");
        Field(a => a.Terms).Description("What the parties agreed to do.");
        Field(a => a.PerformanceDeadline).Description("Day by which the terms must be performed.");
        Field(a => a.SignedAt).Description("When the agreement was signed (UTC).");
        RequiredReference<MediationCase>("case", a => a.CaseId, "The case the agreement settles.");
        RequiredReference<OrgUnit>("unit", a => a.OwnerUnitId, "The unit that keeps the record.");
    }
}
