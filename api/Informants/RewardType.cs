using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class RewardType : EntityGraphType<Reward>
{
    protected override void Define()
    {
        Name = "Reward";
        Description = "A reward of 50–500 yuan for a useful tip, approved by someone other than the handler.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(r => r.Amount).Description("Amount in yuan, 50 to 500.");
        Field(r => r.Status).Description("Offered, approved, paid or declined.");
        Field(r => r.OfferedAt).Description("When the reward was offered (UTC).");
        Field(r => r.ApprovedAt, nullable: true).Description("When the reward was approved (UTC).");
        Field(r => r.PaidAt, nullable: true).Description("When the reward was paid (UTC).");
        RequiredReference<Informant>("informant", r => r.InformantId, "The informant rewarded.");
        Reference<Tip>("tip", r => r.TipId, "The tip the reward is for.");
        Reference<Person>("approvedBy", r => r.ApprovedById, "Who approved the reward.");
        RequiredReference<OrgUnit>("unit", r => r.OwnerUnitId, "The unit that keeps the record.");
    }
}
