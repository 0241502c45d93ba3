using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class RewardEntryType : EntityGraphType<RewardEntry>
{
    protected override void Define()
    {
        Name = "RewardEntry";
        Description = "One step of a reward's ledger (奖励台账), never changed: a mistake is corrected by a further entry.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(e => e.Kind).Description("OFFERED, APPROVED, DECLINED, PAID or CORRECTED.");
        Field(e => e.Amount, nullable: true).Description(
            "Yuan: the amount offered, or a correction's change of it (negative lowers it); null for other steps.");
        Field(e => e.Reason, nullable: true).Description("Why: a refusal's or a correction's reason.");
        Reference<Person>("recordedBy", e => e.RecordedById, "The officer who took the step.");
        Field(e => e.RecordedAt).Description("When the step was recorded (UTC).");
        RequiredReference<Reward>("reward", e => e.RewardId, "The reward.");
        RequiredReference<OrgUnit>("unit", e => e.OwnerUnitId, "The unit that keeps the record.");
    }
}
