using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Gateway.Api.Informants;

public sealed class RewardType : EntityGraphType<Reward>
{
    protected override void Define()
    {
        Name = "Reward";
        Description = "A reward of 50–500 yuan for a useful tip (奖励), approved by someone other than the handler. Its "
            + "amount and status are read from its ledger `entries`.";
        this.RequirePermission(Permissions.InformantsRead);
        Field<NonNullGraphType<DecimalGraphType>>("amount")
            .Description("Amount in yuan: the offer moved by every correction; 0 once reversed. Computed.")
            .Resolve(ctx => Ledger(ctx).Then(l => (object?)l.Amount))
            .FieldType.ReadsColumns(nameof(Reward.Id));
        Field<NonNullGraphType<EnumerationGraphType<RewardStatus>>>("status")
            .Description("OFFERED, APPROVED, PAID or DECLINED: the furthest step in the ledger. Computed.")
            .Resolve(ctx => Ledger(ctx).Then(l => (object?)l.Status))
            .FieldType.ReadsColumns(nameof(Reward.Id));
        Field(r => r.OfferedAt).Description("When the reward was offered (UTC).");
        Reference<Person>("offeredBy", r => r.OfferedById, "Who offered the reward.");
        Children<RewardEntry>("entries", e => e.RewardId,
            "The ledger: the offer, the approval or refusal, the payment and every correction, none ever changed.");
        RequiredReference<Informant>("informant", r => r.InformantId, "The informant rewarded.");
        RequiredReference<Tip>("tip", r => r.TipId, "The tip the reward is for.");
        RequiredReference<OrgUnit>("unit", r => r.OwnerUnitId, "The unit that keeps the record.");
    }

    private static IDataLoaderResult<RewardLedger> Ledger(IResolveFieldContext<Reward> ctx)
        => ctx.RequestServices!.GetRequiredService<RewardLedgerLoader>().Load(ctx.Source);
}
