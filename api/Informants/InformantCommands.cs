using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Informants.InformantRules;

namespace Gateway.Api.Informants;

/// <summary>
/// Registering an informant, renewing the authorisation, handing the informant over to another handler or controller,
/// and deactivation. Nobody is handler and controller of one informant on the same day.
/// </summary>
internal sealed class InformantCommands(TimeProvider clock)
{
    private const int RealNameMaxLength = 50;

    private DateOnly Today => CountyCalendar.Today(clock);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public MutationCommand<RegisterInformantInput, Informant> Register => new(
        input =>
        {
            var rules = new InputRules().RequiredText(input.CodeName, Informant.CodeNameMaxLength)
                .RequiredText(input.RealName, RealNameMaxLength);
            // Neither message carries the value: an identity never travels back in an error.
            if (ResidentIdNumber.Fault(input.IdNumber.Trim(), Today) is { } fault)
                rules.Invalid(nameof(input.IdNumber), fault.Chinese, fault.English);
            if (!IsPhone(input.Phone.Trim()))
                rules.Invalid(nameof(input.Phone), "须为数字,可含开头的 + 与连字符,最多 20 位",
                    "must be digits, with an optional leading + and dashes, at most 20 characters");
            if (input.RecruitedOn > Today)
                rules.Invalid(nameof(input.RecruitedOn), "不能晚于今天", "must not be in the future");
            return rules.Errors;
        },
        async (input, ctx, ct) =>
        {
            var unit = await ctx.FindAsync<OrgUnit>(input.UnitId, ct);
            var controller = await ctx.FindAsync<Person>(input.ControllerId, ct);
            var handler = await ActingOfficerAsync(ctx, input.HandlerId, nameof(input.HandlerId), ct);
            if (unit is null || controller is null || handler is null
                || !IsServing(ctx, handler, nameof(input.HandlerId))
                || !IsServing(ctx, controller, nameof(input.ControllerId))) return null;
            if (handler.Id == controller.Id)
            {
                ctx.Refuse(new HandlerIsControllerError(InputPath.Of(nameof(input.ControllerId))));
                return null;
            }
            var codeName = input.CodeName.Trim();
            if (await ctx.Db.Informants.AnyAsync(i => i.OwnerUnitId == unit.Id && i.CodeName == codeName, ct))
            {
                ctx.Refuse(new CodeNameTakenError(codeName, InputPath.Of(nameof(input.CodeName))));
                return null;
            }
            var informant = new Informant
            {
                OwnerUnitId = unit.Id, CodeName = codeName, Occupation = input.Occupation,
                RecruitedOn = input.RecruitedOn, RegisteredById = ctx.Caller.PersonId,
            };
            informant.Identity = new InformantIdentity
            {
                OwnerUnitId = unit.Id, Informant = informant, RealName = input.RealName.Trim(),
                IdNumber = input.IdNumber.Trim(), Phone = input.Phone.Trim(),
            };
            ctx.Db.Add(informant);
            ctx.Db.AddRange(Period(informant, handler.Id, HandlingRole.Handler, input.RecruitedOn, ctx),
                Period(informant, controller.Id, HandlingRole.Controller, input.RecruitedOn, ctx));
            ctx.Db.Add(Authorisation(informant, AuthorisationKind.Granted, input.RecruitedOn, controller.Id, ctx));
            return informant;
        }) { Subject = input => input.UnitId };

    /// <summary>Twelve more months from the day after the current authorisation ends, or from today when it has
    /// lapsed; granted by the controller of today.</summary>
    public MutationCommand<RenewInformantAuthorisationInput, InformantAuthorisation> Renew => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var informant = await ctx.FindAsync<Informant>(input.InformantId, ct);
            if (informant is null
                || !await MayWorkWithAsync(ctx, informant, Today, nameof(input.InformantId), ct, mustBeActive: false))
                return null;
            var standing = await StandingAsync(ctx, informant, Today, ct);
            if (standing.AuthorisedUntil is { } until && until > Today.AddMonths(1))
            {
                ctx.Refuse(new AuthorisationRunningError(until, InputPath.Of(nameof(input.InformantId))));
                return null;
            }
            var controller = await PeriodsFrom(ctx, informant.Id, HandlingRole.Controller, Today)
                .Where(h => h.From <= Today).Select(h => h.PersonId).FirstAsync(ct);
            var from = standing.Status == InformantStatus.Active ? standing.AuthorisedUntil!.Value.AddDays(1) : Today;
            var renewal = Authorisation(informant, AuthorisationKind.Renewed, from, controller, ctx);
            ctx.Db.Add(renewal);
            return renewal;
        }) { Subject = input => input.InformantId };

    public MutationCommand<AssignInformantHandlerInput, InformantHandling> AssignHandler =>
        Assign<AssignInformantHandlerInput>(HandlingRole.Handler, HandlingRole.Controller);

    public MutationCommand<AssignInformantControllerInput, InformantHandling> AssignController =>
        Assign<AssignInformantControllerInput>(HandlingRole.Controller, HandlingRole.Handler);

    /// <summary>Ends the running period of <paramref name="role"/> the day before <c>on</c> and starts the new
    /// officer's on <c>on</c>, who must not hold <paramref name="otherRole"/> on any day from then.</summary>
    private MutationCommand<TInput, InformantHandling> Assign<TInput>(HandlingRole role, HandlingRole otherRole)
        where TInput : InformantAssignmentInput => new(
        input => input.On > Today
            ? [Invalid(nameof(InformantAssignmentInput.On), "不能晚于今天", "must not be in the future")]
            : [],
        async (input, ctx, ct) =>
        {
            var informant = await ctx.FindAsync<Informant>(input.InformantId, InputPath.Of(nameof(input.InformantId)),
                null, ct);
            var person = await ctx.FindAsync<Person>(input.PersonId, InputPath.Of(nameof(input.PersonId)), null, ct);
            if (informant is null || person is null
                || !await MayWorkWithAsync(ctx, informant, Today, nameof(input.InformantId), ct, mustBeActive: false)
                || !IsServing(ctx, person, nameof(input.PersonId))) return null;
            var running = await ctx.Db.InformantHandlings
                .SingleAsync(h => h.InformantId == informant.Id && h.Role == role && h.To == null, ct);
            var personPath = InputPath.Of(nameof(input.PersonId));
            if (running.PersonId == person.Id) ctx.Refuse(new AlreadyAssignedError(personPath));
            else if (input.On <= running.From)
                ctx.Refuse(new HandoverBeforePeriodStartError(running.From, InputPath.Of(nameof(input.On))));
            else if (await PeriodsFrom(ctx, informant.Id, otherRole, input.On)
                         .AnyAsync(h => h.PersonId == person.Id, ct))
                ctx.Refuse(new HandlerIsControllerError(personPath));
            if (ctx.IsRefused) return null;
            running.To = input.On.AddDays(-1);
            var period = Period(informant, person.Id, role, input.On, ctx);
            ctx.Db.Add(period);
            return period;
        }) { Subject = input => input.InformantId };

    /// <summary>Takes the informant off the books today: the running periods end, the file stays.</summary>
    public MutationCommand<DeactivateInformantInput, Informant> Deactivate => new(
        input => new InputRules().RequiredText(input.Reason, Informant.ReasonMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var informant = await ctx.FindAsync<Informant>(input.Id, input.Version, ct);
            if (informant is null
                || !await MayWorkWithAsync(ctx, informant, Today, nameof(input.Id), ct, mustBeActive: false))
                return null;
            var today = Today;
            foreach (var period in await ctx.Db.InformantHandlings
                         .Where(h => h.InformantId == informant.Id && h.To == null).ToListAsync(ct))
                period.To = today < period.From ? period.From : today;
            (informant.DeactivatedOn, informant.DeactivatedById, informant.DeactivationReason) =
                (today, ctx.Caller.PersonId, input.Reason.Trim());
            return informant;
        }) { MayConflict = true, Subject = input => input.Id };

    private InformantHandling Period(Informant informant, long personId, HandlingRole role, DateOnly from,
        MutationContext ctx) => new()
    {
        OwnerUnitId = informant.OwnerUnitId, Informant = informant, InformantId = informant.Id, PersonId = personId,
        Role = role, From = from, AssignedById = ctx.Caller.PersonId, AssignedAt = Now,
    };

    private InformantAuthorisation Authorisation(Informant informant, AuthorisationKind kind, DateOnly from,
        long controllerId, MutationContext ctx) => new()
    {
        OwnerUnitId = informant.OwnerUnitId, Informant = informant, InformantId = informant.Id, Kind = kind,
        ValidFrom = from, ValidUntil = InformantAuthorisation.EndOfPeriodFrom(from), AuthorisedById = controllerId,
        AuthorisedByActor = ctx.Caller.Actor, AuthorisedAt = Now,
    };
}
