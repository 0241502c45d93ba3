using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using static Gateway.Api.Informants.InformantRules;

namespace Gateway.Api.Informants;

/// <summary>
/// Working with an informant: directions, contacts, training and tips. Only an active informant is tasked or met; a
/// deactivated one takes nothing more.
/// </summary>
internal sealed class InformantWorkCommands(TimeProvider clock)
{
    private const int MaxRecipients = 10;

    private DateOnly Today => CountyCalendar.Today(clock);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public MutationCommand<TaskInformantInput, InformantTasking> Task => new(
        input =>
        {
            var rules = new InputRules().RequiredText(input.Direction, InformantTasking.DirectionMaxLength);
            if (input.DueBy < Today) rules.Invalid(nameof(input.DueBy), "不能早于今天", "must not be in the past");
            return rules.Errors;
        },
        async (input, ctx, ct) =>
        {
            var informant = await ctx.FindAsync<Informant>(input.InformantId, ct);
            if (informant is null || !await MayWorkWithAsync(ctx, informant, Today, nameof(input.InformantId), ct))
                return null;
            var tasking = new InformantTasking
            {
                OwnerUnitId = informant.OwnerUnitId, InformantId = informant.Id, Direction = input.Direction.Trim(),
                DueBy = input.DueBy, TaskedById = ctx.Caller.PersonId, TaskedAt = Now,
            };
            ctx.Db.Add(tasking);
            return tasking;
        }) { Subject = input => input.InformantId };

    /// <summary>Logged by the handler or controller of the contact's day, for an informant active today.</summary>
    public MutationCommand<LogInformantContactInput, InformantContact> LogContact => new(
        input =>
        {
            var rules = new InputRules().OptionalText(input.Direction, InformantContact.DirectionMaxLength);
            if (input.ContactedAt.ToUniversalTime() > Now)
                rules.Invalid(nameof(input.ContactedAt), "不能晚于现在", "must not be in the future");
            return rules.Errors;
        },
        async (input, ctx, ct) =>
        {
            var informant = await ctx.FindAsync<Informant>(input.InformantId, ct);
            var officer = await ActingOfficerAsync(ctx, input.OfficerId, nameof(input.OfficerId), ct);
            if (informant is null || officer is null
                || !await MayWorkWithAsync(ctx, informant, Today, nameof(input.InformantId), ct)
                || !Since(ctx, informant, input.ContactedAt, nameof(input.ContactedAt)))
                return null;
            var day = CountyCalendar.DayOf(input.ContactedAt);
            if (!await HeldOnAsync(ctx, informant.Id, officer.Id, HandlingRole.Handler, day, ct)
                && !await HeldOnAsync(ctx, informant.Id, officer.Id, HandlingRole.Controller, day, ct))
            {
                ctx.Refuse(new NotHandlingInformantError(day, InputPath.Of(nameof(input.OfficerId))));
                return null;
            }
            var contact = new InformantContact
            {
                OwnerUnitId = informant.OwnerUnitId, InformantId = informant.Id, OfficerId = officer.Id,
                ContactedAt = input.ContactedAt.ToUniversalTime(), Method = input.Method,
                Direction = string.IsNullOrWhiteSpace(input.Direction) ? null : input.Direction.Trim(),
                RecordedAt = Now,
            };
            ctx.Db.Add(contact);
            return contact;
        }) { Subject = input => input.InformantId };

    public MutationCommand<RecordInformantTrainingInput, InformantTraining> RecordTraining => new(
        input => input.TrainedOn > Today
            ? [Invalid(nameof(input.TrainedOn), "不能晚于今天", "must not be in the future")]
            : [],
        async (input, ctx, ct) =>
        {
            var informant = await ctx.FindAsync<Informant>(input.InformantId, ct);
            if (informant is null
                || !await MayWorkWithAsync(ctx, informant, Today, nameof(input.InformantId), ct, mustBeActive: false))
                return null;
            if (input.TrainedOn < informant.RecruitedOn)
            {
                ctx.Refuse(BeforeRecruitment(nameof(input.TrainedOn), informant.RecruitedOn));
                return null;
            }
            var training = new InformantTraining
            {
                OwnerUnitId = informant.OwnerUnitId, InformantId = informant.Id, Topic = input.Topic,
                TrainedOn = input.TrainedOn, RecordedById = ctx.Caller.PersonId, RecordedAt = Now,
            };
            ctx.Db.Add(training);
            return training;
        }) { Subject = input => input.InformantId };

    /// <summary>A tip may still come from an informant whose authorisation lapsed; a deactivated one gives
    /// none.</summary>
    public MutationCommand<RecordTipInput, Tip> RecordTip => new(
        input =>
        {
            var rules = new InputRules().RequiredText(input.Content, Tip.ContentMaxLength);
            if (input.ReceivedAt.ToUniversalTime() > Now)
                rules.Invalid(nameof(input.ReceivedAt), "不能晚于现在", "must not be in the future");
            return rules.Errors;
        },
        async (input, ctx, ct) =>
        {
            var informant = await ctx.FindAsync<Informant>(input.InformantId, ct);
            var officer = await ActingOfficerAsync(ctx, input.ReceivedById, nameof(input.ReceivedById), ct);
            if (informant is null || officer is null
                || !await MayWorkWithAsync(ctx, informant, Today, nameof(input.InformantId), ct, mustBeActive: false)
                || !Since(ctx, informant, input.ReceivedAt, nameof(input.ReceivedAt)))
                return null;
            var tip = new Tip
            {
                OwnerUnitId = informant.OwnerUnitId, InformantId = informant.Id, ReceivedById = officer.Id,
                ReceivedAt = input.ReceivedAt.ToUniversalTime(), Content = input.Content.Trim(),
                SourceReliability = input.SourceReliability, Assessment = input.Assessment,
            };
            ctx.Db.Add(tip);
            return tip;
        }) { Subject = input => input.InformantId };

    public MutationCommand<MarkTipUsefulInput, Tip> MarkUseful => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var tip = await ctx.FindAsync<Tip>(input.Id, input.Version, ct);
            if (tip is null) return null;
            if (tip.Useful)
            {
                ctx.Refuse(new TipAlreadyUsefulError(InputPath.Of(nameof(input.Id))));
                return null;
            }
            (tip.Useful, tip.MarkedUsefulById, tip.MarkedUsefulAt) = (true, ctx.Caller.PersonId, Now);
            return tip;
        }) { MayConflict = true, Subject = input => input.Id };

    /// <summary>One row per recipient, each with when and by whom.</summary>
    public MutationCommand<DisseminateTipInput, Tip> Disseminate => new(
        input =>
        {
            var errors = new List<MutationError>();
            if (input.Recipients.Count is 0 or > MaxRecipients)
                errors.Add(Invalid(nameof(input.Recipients), $"须列出 1 到 {MaxRecipients} 个接收方",
                    $"must list 1 to {MaxRecipients} recipients"));
            for (var i = 0; i < input.Recipients.Count; i++)
                if (input.Recipients[i].Trim() is var recipient
                    && (recipient.Length == 0 || recipient.Length > TipDissemination.RecipientMaxLength))
                    errors.Add(new ValidationError(new($"接收方须为 1 到 {TipDissemination.RecipientMaxLength} 个字符。",
                            $"A recipient takes 1 to {TipDissemination.RecipientMaxLength} characters."),
                        InputRules.ItemPath(nameof(input.Recipients), i)));
            return errors;
        },
        async (input, ctx, ct) =>
        {
            var tip = await ctx.FindAsync<Tip>(input.TipId, ct);
            if (tip is null) return null;
            foreach (var recipient in input.Recipients.Select(r => r.Trim()).Distinct())
                ctx.Db.Add(new TipDissemination
                {
                    OwnerUnitId = tip.OwnerUnitId, TipId = tip.Id, Recipient = recipient, DisseminatedAt = Now,
                    DisseminatedById = ctx.Caller.PersonId,
                });
            return tip;
        }) { Subject = input => input.TipId };

    /// <summary>Nothing is recorded with an informant before the day of recruitment.</summary>
    private static bool Since(MutationContext ctx, Informant informant, DateTime at, string property)
    {
        if (CountyCalendar.DayOf(at) >= informant.RecruitedOn) return true;
        ctx.Refuse(BeforeRecruitment(property, informant.RecruitedOn));
        return false;
    }

    private static ValidationError BeforeRecruitment(string property, DateOnly recruitedOn) =>
        Invalid(property, $"不能早于招募日 {recruitedOn:yyyy-MM-dd}",
            $"must not be before recruitment on {recruitedOn:yyyy-MM-dd}");
}
