using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class InformantType : EntityGraphType<Informant>
{
    protected override void Define()
    {
        Name = "Informant";
        Description =
            "An informant on file (情报信息员), known by code name; the real identity is kept apart in `identity`.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(i => i.CodeName).Description("Code name, unique within the owning unit.");
        Field(i => i.Occupation).Description("The occupation the informant was recruited from.");
        Field(i => i.Status).Description("Active, lapsed or closed.");
        Field(i => i.RecruitedOn).Description("Day the informant was recruited.");
        Field(i => i.AuthorisedUntil)
            .Description("Day the authorisation lapses unless renewed (12 months from grant).");
        // Every informant has an identity row, so none means the row filter withheld it: a refused attempt, audited.
        Dependent<InformantIdentity>("identity", d => d.InformantId,
            "The informant's protected real identity; "
            + "null unless the caller currently handles or controls the informant, or may read identities in scope.",
            whenNone: ctx => ctx.RequestServices!.GetRequiredService<RequestAuditTrail>()
                .Note(InformantIdentityType.IdentityRead, AuditOutcome.Denied, GlobalId.Encode(Name, ctx.Source.Id)));
        Children<InformantHandling>("handlings", h => h.InformantId,
            "Periods during which officers handled or controlled the informant.");
        Children<InformantContact>("contacts", c => c.InformantId, "Logged contacts with the informant.");
        Children<InformantTraining>("trainings", t => t.InformantId, "Training the informant received.");
        Children<Tip>("tips", t => t.InformantId, "Tips the informant gave.");
        Children<Reward>("rewards", r => r.InformantId, "Rewards offered or paid to the informant.");
        RequiredReference<OrgUnit>("unit", i => i.OwnerUnitId, "The unit that keeps the informant's file.");
    }
}
