using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Mediation;

public sealed class MediationAgreementType : EntityGraphType<MediationAgreement>
{
    protected override void Define()
    {
        Name = "MediationAgreement";
        Description = "The written mediation agreement (调解协议书) that settles a case, and what the follow-up visit "
            + "(回访) found.";
        this.RequirePermission(Permissions.MediationRead);
        Field(a => a.Facts).Description("The facts of the dispute as agreed.");
        Field(a => a.Matters).Description("The matters in dispute.");
        Field(a => a.Terms).Description("What the parties agreed to do.");
        Field(a => a.PerformanceDeadline).Description("Day by which the terms must be performed (履行期限).");
        Field(a => a.SignedAt).Description("When the agreement was signed (UTC).");
        Field(a => a.FollowedUpAt, nullable: true).Description("When the follow-up visit was made (UTC).");
        Field(a => a.Performance, nullable: true).Description(
            "Whether the terms were carried out fully, partly or not at all, as the follow-up found; null before it.");
        Field(a => a.FollowUpNote, nullable: true).Description("What the follow-up visit found.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("Computed, never stored: the performance deadline has passed (county day) and no follow-up "
                + "found the terms carried out in full.")
            .Resolve(ctx => ctx.Source.IsOverdueOn(
                CountyCalendar.Today(ctx.RequestServices!.GetRequiredService<TimeProvider>())))
            .FieldType.ReadsColumns(nameof(MediationAgreement.PerformanceDeadline),
                nameof(MediationAgreement.Performance));
        RequiredReference<MediationCase>("case", a => a.CaseId, "The case the agreement settles.");
        RequiredReference<OrgUnit>("unit", a => a.OwnerUnitId, "The unit that keeps the record.");
    }
}
