using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Mediation;

public sealed class MediationCaseStepType : EntityGraphType<MediationCaseStep>
{
    protected override void Define()
    {
        Name = "MediationCaseStep";
        Description = "One step of a mediation case from one stage to the next: who took it and when. Never changed.";
        this.RequirePermission(Permissions.MediationRead);
        Field(s => s.From, nullable: true).Description("The stage before the step; null for the registration.");
        Field(s => s.To).Description("The stage after the step.");
        Field(s => s.At).Description("When the step happened, in the field or when recorded (UTC).");
        Field(s => s.RecordedAt).Description("When the step was recorded (UTC, server clock).");
        Field(s => s.Actor).Description("The account or machine client that recorded the step.");
        Field(s => s.Note, nullable: true)
            .Description("What the step carried: the reason, the findings, where the case went, the follow-up note.");
        RequiredReference<MediationCase>("case", s => s.CaseId, "The case.");
        Reference<Person>("by", s => s.ById, "The person who recorded the step; null for a machine client.");
        RequiredReference<OrgUnit>("unit", s => s.OwnerUnitId, "The unit that keeps the record.");
    }
}
