using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Informants.InformantRules;

namespace Gateway.Api.Informants;

/// <summary>
/// The reward ledger: each step adds an entry and none is ever changed. A reward is offered for a useful tip, approved
/// by someone who neither offered it nor was the informant's handler on the offer date, then paid; a correction moves
/// the amount by a further entry.
/// </summary>
internal sealed class RewardCommands(TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public MutationCommand<OfferRewardInput, Reward> Offer => new(
        input => CheckAmount(input.Amount, nameof(input.Amount), allowReversal: false),
        async (input, ctx, ct) =>
        {
            var tip = await ctx.FindAsync<Tip>(input.TipId, ct);
            if (tip is null) return null;
            var informant = await ctx.Db.Informants.SingleAsync(i => i.Id == tip.InformantId, ct);
            if (!await MayWorkWithAsync(ctx, informant, CountyCalendar.Today(clock), nameof(input.TipId), ct,
                    mustBeActive: false)) return null;
            if (!tip.Useful)
            {
                ctx.Refuse(new TipNotUsefulError(InputPath.Of(nameof(input.TipId))));
                return null;
            }
            var reward = new Reward
            {
                OwnerUnitId = tip.OwnerUnitId, InformantId = tip.InformantId, TipId = tip.Id,
                OfferedById = ctx.Caller.PersonId, OfferedAt = Now,
            };
            ctx.Db.Add(reward);
            ctx.Db.Add(Entry(reward, RewardEntryKind.Offered, input.Amount, null, ctx.Caller.PersonId, ctx));
            return reward;
        }) { Subject = input => input.TipId };

    public MutationCommand<ApproveRewardInput, Reward> Approve => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var reward = await ctx.FindAsync<Reward>(input.RewardId, ct);
            var approver = await ActingOfficerAsync(ctx, input.ApproverId, nameof(input.ApproverId), ct);
            if (reward is null || approver is null
                || !await InStatusAsync(ctx, reward, nameof(input.RewardId), ct, RewardStatus.Offered)
                || !await NotTheHandlerAsync(ctx, reward, approver.Id, nameof(input.ApproverId), ct)) return null;
            if (approver.Id == reward.OfferedById)
            {
                ctx.Refuse(new RewardApproverWasOffererError(InputPath.Of(nameof(input.ApproverId))));
                return null;
            }
            ctx.Db.Add(Entry(reward, RewardEntryKind.Approved, null, null, approver.Id, ctx));
            return reward;
        }) { Subject = input => input.RewardId };

    public MutationCommand<DeclineRewardInput, Reward> Decline => new(
        input => new InputRules().RequiredText(input.Reason, RewardEntry.ReasonMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var reward = await ctx.FindAsync<Reward>(input.RewardId, ct);
            if (reward is null || !await InStatusAsync(ctx, reward, nameof(input.RewardId), ct, RewardStatus.Offered,
                    RewardStatus.Approved)) return null;
            ctx.Db.Add(Entry(reward, RewardEntryKind.Declined, null, input.Reason.Trim(), ctx.Caller.PersonId, ctx));
            return reward;
        }) { Subject = input => input.RewardId };

    public MutationCommand<PayRewardInput, Reward> Pay => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var reward = await ctx.FindAsync<Reward>(input.RewardId, ct);
            if (reward is null || !await InStatusAsync(ctx, reward, nameof(input.RewardId), ct, RewardStatus.Approved))
                return null;
            ctx.Db.Add(Entry(reward, RewardEntryKind.Paid, null, null, ctx.Caller.PersonId, ctx));
            return reward;
        }) { Subject = input => input.RewardId };

    /// <summary>An entry moving the amount to the corrected one; held to the approval's rule, as it changes
    /// money.</summary>
    public MutationCommand<CorrectRewardInput, Reward> Correct => new(
        input => [.. CheckAmount(input.CorrectedAmount, nameof(input.CorrectedAmount), allowReversal: true),
            .. new InputRules().RequiredText(input.Reason, RewardEntry.ReasonMaxLength).Errors],
        async (input, ctx, ct) =>
        {
            var reward = await ctx.FindAsync<Reward>(input.RewardId, ct);
            if (reward is null || !await InStatusAsync(ctx, reward, nameof(input.RewardId), ct, RewardStatus.Offered,
                    RewardStatus.Approved, RewardStatus.Paid)) return null;
            if (ctx.Caller.PersonId is { } corrector
                && !await NotTheHandlerAsync(ctx, reward, corrector, nameof(input.RewardId), ct)) return null;
            var current = await LedgerAsync(ctx, reward, ct);
            if (current.Amount == input.CorrectedAmount)
            {
                ctx.Refuse(Invalid(nameof(input.CorrectedAmount), "与现有金额相同", "is the amount the reward stands at"));
                return null;
            }
            ctx.Db.Add(Entry(reward, RewardEntryKind.Corrected, input.CorrectedAmount - current.Amount,
                input.Reason.Trim(), ctx.Caller.PersonId, ctx));
            return reward;
        }) { Subject = input => input.RewardId };

    private static IReadOnlyList<MutationError> CheckAmount(decimal amount, string property, bool allowReversal)
    {
        if (decimal.Round(amount, 2) != amount)
            return [Invalid(property, "最多保留两位小数", "takes at most two decimal places")];
        return Reward.InRange(amount) || (allowReversal && amount == 0m)
            ? []
            : [new RewardOutOfRangeError(amount, InputPath.Of(property))];
    }

    private static async Task<RewardLedger> LedgerAsync(MutationContext ctx, Reward reward, CancellationToken ct) =>
        RewardLedger.Of((await ctx.Db.RewardEntries.Where(e => e.RewardId == reward.Id)
            .Select(e => new { e.Kind, e.Amount }).ToListAsync(ct)).Select(e => (e.Kind, e.Amount)));

    private static async Task<bool> InStatusAsync(MutationContext ctx, Reward reward, string property,
        CancellationToken ct, params RewardStatus[] allowed)
    {
        var status = (await LedgerAsync(ctx, reward, ct)).Status;
        if (allowed.Contains(status)) return true;
        ctx.Refuse(new RewardNotInStatusError(status, allowed, InputPath.Of(property)));
        return false;
    }

    /// <summary>Whoever handled the informant on the day of the offer neither approves nor corrects the
    /// reward.</summary>
    private static async Task<bool> NotTheHandlerAsync(MutationContext ctx, Reward reward, long personId,
        string property, CancellationToken ct)
    {
        if (!await HeldOnAsync(ctx, reward.InformantId, personId, HandlingRole.Handler,
                CountyCalendar.DayOf(reward.OfferedAt), ct)) return true;
        ctx.Refuse(new RewardApproverWasHandlerError(InputPath.Of(property)));
        return false;
    }

    private RewardEntry Entry(Reward reward, RewardEntryKind kind, decimal? amount, string? reason, long? personId,
        MutationContext ctx) => new()
    {
        OwnerUnitId = reward.OwnerUnitId, Reward = reward, RewardId = reward.Id, Kind = kind, Amount = amount,
        Reason = reason, RecordedById = personId, RecordedByActor = ctx.Caller.Actor, RecordedAt = Now,
    };
}
