using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Registry;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Mediation;

/// <summary>
/// The steps of a mediation case. Each finds the case at the version read, refuses a step its stage does not allow
/// with the error naming both, and logs the step (who, when, from, to). A step dated in the field may not lie in the
/// future nor before the case's previous step.
/// </summary>
internal sealed class MediationCaseCommands(TimeProvider clock)
{
    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    public MutationCommand<RegisterMediationCaseInput, MediationCase> Register => new(
        input => MediationRules.CheckRegistration(input, CountyCalendar.Today(clock)),
        async (input, ctx, ct) =>
        {
            var unit = await ctx.FindAsync<OrgUnit>(input.UnitId, ct);
            var committee = await ctx.FindAsync<MediationCommittee>(input.CommitteeId, ct);
            var grid = input.GridId is null ? null : await ctx.FindAsync<Grid>(input.GridId, ct);
            var residents = new List<Resident?>();
            for (var i = 0; i < input.Parties.Count; i++)
                residents.Add(input.Parties[i].ResidentId is { } residentId
                    ? await ctx.FindAsync<Resident>(residentId,
                        [.. InputRules.ItemPath(nameof(input.Parties), i), "residentId"], null, ct)
                    : null);
            if (unit is null || committee is null || ctx.IsRefused) return null;
            if (!unit.Path.StartsWith(committee.OwnerPath, StringComparison.Ordinal))
                ctx.Refuse(new CommitteeNotOverUnitError(InputPath.Of(nameof(input.CommitteeId))));
            if (grid is not null && !grid.OwnerPath.StartsWith(unit.Path, StringComparison.Ordinal))
                ctx.Refuse(new MediationGridOutsideUnitError(InputPath.Of(nameof(input.GridId))));
            var caseNumber = input.CaseNumber.Trim();
            if (await ctx.Db.MediationCases.AnyAsync(c => c.OwnerUnitId == unit.Id && c.CaseNumber == caseNumber, ct))
                ctx.Refuse(new MediationCaseNumberTakenError(caseNumber, InputPath.Of(nameof(input.CaseNumber))));
            if (ctx.IsRefused) return null;

            var now = Now();
            var mediationCase = MediationMapper.ToCase(input);
            (mediationCase.OwnerUnitId, mediationCase.CommitteeId, mediationCase.GridId) =
                (unit.Id, committee.Id, grid?.Id);
            (mediationCase.Stage, mediationCase.RegisteredAt) = (MediationStage.Registered, now);
            ctx.Db.Add(mediationCase);
            for (var i = 0; i < input.Parties.Count; i++)
            {
                var party = MediationMapper.ToParty(input.Parties[i]);
                (party.Case, party.OwnerUnitId, party.ResidentId) = (mediationCase, unit.Id, residents[i]?.Id);
                ctx.Db.Add(party);
            }
            ctx.Db.Add(Step(ctx, mediationCase, null, now, now, null));
            return mediationCase;
        }) { Subject = input => input.UnitId };

    public MutationCommand<AcceptMediationCaseInput, MediationCase> Accept => new(
        input => new InputRules().OptionalText(input.Note, MediationCase.ReasonMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var mediationCase = await CaseInStageAsync(ctx, input, (s, p) => new MediationCaseNotRegisteredError(s, p),
                ct);
            if (mediationCase is null) return null;
            mediationCase.AcceptedAt = Now();
            return await AdvanceAsync(ctx, mediationCase, MediationStage.Accepted, null, nameof(input.Id),
                input.Note?.Trim(), ct);
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<DeclineMediationCaseInput, MediationCase> Decline => new(
        input => new InputRules().RequiredText(input.Reason, MediationCase.ReasonMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var mediationCase = await CaseInStageAsync(ctx, input, (s, p) => new MediationCaseNotRegisteredError(s, p),
                ct);
            if (mediationCase is null) return null;
            (mediationCase.ClosedAt, mediationCase.DeclineReason) = (Now(), input.Reason.Trim());
            return await AdvanceAsync(ctx, mediationCase, MediationStage.Declined, null, nameof(input.Id),
                mediationCase.DeclineReason, ct);
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<RecordMediationInvestigationInput, MediationCase> Investigate => new(
        input => MediationRules.Step(input.InvestigatedAt, Now(), nameof(input.InvestigatedAt),
            new InputRules().RequiredText(input.Findings, MediationCase.SummaryMaxLength)).Errors,
        async (input, ctx, ct) =>
        {
            var mediationCase = await CaseInStageAsync(ctx, input, (s, p) => new MediationCaseNotAcceptedError(s, p),
                ct);
            if (mediationCase is null) return null;
            (mediationCase.InvestigatedAt, mediationCase.Findings) =
                (input.InvestigatedAt?.ToUniversalTime() ?? Now(), input.Findings.Trim());
            return await AdvanceAsync(ctx, mediationCase, MediationStage.Investigated, input.InvestigatedAt,
                nameof(input.InvestigatedAt), mediationCase.Findings, ct);
        }) { MayConflict = true, Subject = input => input.Id };

    /// <summary>The first session takes the case into sessions; each later one is logged as a step within
    /// them.</summary>
    public MutationCommand<RecordMediationSessionInput, MediationSession> RecordSession => new(
        input =>
        {
            var rules = MediationRules.Step(input.HeldAt, Now(), nameof(input.HeldAt),
                new InputRules().RequiredText(input.Place, MediationSession.PlaceMaxLength)
                    .RequiredText(input.Record, MediationSession.RecordMaxLength));
            if (input.MediatorIds.Count is < 1 or > RecordMediationSessionInput.MaxMediators
                || input.MediatorIds.Distinct().Count() != input.MediatorIds.Count)
                rules.Invalid(nameof(input.MediatorIds), $"须为 1 到 {RecordMediationSessionInput.MaxMediators} 名不重复的调解员",
                    $"takes 1 to {RecordMediationSessionInput.MaxMediators} distinct mediators");
            return rules.Errors;
        },
        async (input, ctx, ct) =>
        {
            var mediationCase = await CaseInStageAsync(ctx, input,
                (s, p) => new MediationCaseNotInvestigatedError(s, p), ct);
            if (mediationCase is null) return null;
            var day = CountyCalendar.DayOf(input.HeldAt);
            var seats = new List<MediationMember>();
            for (var i = 0; i < input.MediatorIds.Count; i++)
            {
                var path = InputRules.ItemPath(nameof(input.MediatorIds), i);
                var seat = await ctx.FindAsync<MediationMember>(input.MediatorIds[i], path, null, ct);
                if (seat is null) continue;
                if (seat.CommitteeId != mediationCase.CommitteeId || !seat.SeatedOn(day))
                    ctx.Refuse(new MediatorNotOnCommitteeError(input.MediatorIds[i], day, path));
                seats.Add(seat);
            }
            if (ctx.IsRefused) return null;
            var session = MediationMapper.ToSession(input);
            (session.Case, session.OwnerUnitId) = (mediationCase, mediationCase.OwnerUnitId);
            ctx.Db.Add(session);
            foreach (var seat in seats)
                ctx.Db.Add(new MediationSessionMediator
                    { Session = session, MemberId = seat.Id, OwnerUnitId = mediationCase.OwnerUnitId });
            return await AdvanceAsync(ctx, mediationCase, MediationStage.InSessions, input.HeldAt,
                nameof(input.HeldAt), session.Place, ct) is null ? null : session;
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<RecordMediationAgreementInput, MediationAgreement> RecordAgreement => new(
        input => MediationRules.Step(input.SignedAt, Now(), nameof(input.SignedAt), new InputRules()
            .RequiredText(input.Facts, MediationAgreement.TextMaxLength)
            .RequiredText(input.Matters, MediationAgreement.TextMaxLength)
            .RequiredText(input.Terms, MediationAgreement.TextMaxLength)).Errors,
        async (input, ctx, ct) =>
        {
            var mediationCase = await CaseInStageAsync(ctx, input,
                (s, p) => new MediationCaseNotInSessionsError(s, p), ct);
            if (mediationCase is null) return null;
            var signedAt = input.SignedAt?.ToUniversalTime() ?? Now();
            if (input.PerformanceDeadline < CountyCalendar.DayOf(signedAt))
            {
                ctx.Refuse(new ValidationError(new("“performanceDeadline”不能早于签订当日。",
                        "`performanceDeadline` must not be before the day of signing."),
                    InputPath.Of(nameof(input.PerformanceDeadline))));
                return null;
            }
            var agreement = MediationMapper.ToAgreement(input);
            (agreement.Case, agreement.OwnerUnitId, agreement.SignedAt) =
                (mediationCase, mediationCase.OwnerUnitId, signedAt);
            ctx.Db.Add(agreement);
            mediationCase.ClosedAt = signedAt;
            if (await AdvanceAsync(ctx, mediationCase, MediationStage.AgreementReached, signedAt,
                    nameof(input.SignedAt), null, ct) is null)
                return null;
            ctx.Raise(OutgoingEventTypes.MediationCaseSettled, mediationCase);
            return agreement;
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<FailMediationCaseInput, MediationCase> Fail => new(
        input => new InputRules().RequiredText(input.Reason, MediationCase.ReasonMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var mediationCase = await CaseInStageAsync(ctx, input, (s, p) => new MediationCaseNotOpenError(s, p), ct);
            if (mediationCase is null) return null;
            (mediationCase.ClosedAt, mediationCase.FailureReason) = (Now(), input.Reason.Trim());
            return await AdvanceAsync(ctx, mediationCase, MediationStage.Failed, null, nameof(input.Id),
                mediationCase.FailureReason, ct);
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<ReferMediationCaseInput, MediationCase> Refer => new(
        input => new InputRules().RequiredText(input.ReferredTo, MediationCase.ReasonMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var mediationCase = await CaseInStageAsync(ctx, input, (s, p) => new MediationCaseNotOpenError(s, p), ct);
            if (mediationCase is null) return null;
            (mediationCase.ClosedAt, mediationCase.ReferredTo) = (Now(), input.ReferredTo.Trim());
            return await AdvanceAsync(ctx, mediationCase, MediationStage.Referred, null, nameof(input.Id),
                mediationCase.ReferredTo, ct);
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<RecordMediationFollowUpInput, MediationCase> RecordFollowUp => new(
        input => MediationRules.Step(input.VisitedAt, Now(), nameof(input.VisitedAt),
            new InputRules().RequiredText(input.Note, MediationCase.ReasonMaxLength)).Errors,
        async (input, ctx, ct) =>
        {
            var mediationCase = await CaseInStageAsync(ctx, input,
                (s, p) => new MediationCaseNotSettledError(s, p), ct);
            if (mediationCase is null) return null;
            var agreement = await ctx.Db.MediationAgreements.SingleAsync(a => a.CaseId == mediationCase.Id, ct);
            (agreement.FollowedUpAt, agreement.Performance, agreement.FollowUpNote) =
                (input.VisitedAt?.ToUniversalTime() ?? Now(), input.Performance, input.Note.Trim());
            return await AdvanceAsync(ctx, mediationCase, MediationStage.FollowedUp, input.VisitedAt,
                nameof(input.VisitedAt), agreement.FollowUpNote, ct);
        }) { MayConflict = true, Subject = input => input.Id };

    /// <summary>The case the step names, at the version read, if its stage allows the step; else null, refused with
    /// the step's stage error.</summary>
    private static async Task<MediationCase?> CaseInStageAsync(MutationContext ctx, MediationStepInput input,
        Func<MediationStage, IReadOnlyList<string>, MediationStageError> refusal, CancellationToken ct)
    {
        var mediationCase = await ctx.FindAsync<MediationCase>(input.Id, input.Version, ct);
        if (mediationCase is null) return null;
        var error = refusal(mediationCase.Stage, InputPath.Of(nameof(input.Id)));
        if (error.Allowed.Contains(mediationCase.Stage)) return mediationCase;
        ctx.Refuse(error);
        return null;
    }

    /// <summary>Logs the step to <paramref name="to"/>, dated <paramref name="at"/> (the input field
    /// <paramref name="atProperty"/>) or now; refused when that lies before the case's previous step.</summary>
    private async Task<MediationCase?> AdvanceAsync(MutationContext ctx, MediationCase mediationCase,
        MediationStage to, DateTime? at, string atProperty, string? note, CancellationToken ct)
    {
        var now = Now();
        var when = at?.ToUniversalTime() ?? now;
        var previous = await ctx.Db.MediationCaseSteps.Where(s => s.CaseId == mediationCase.Id)
            .OrderByDescending(s => s.At).Select(s => (DateTime?)s.At).FirstOrDefaultAsync(ct);
        // Times from the field come to the second: one given in the second of the previous step is not before it.
        if (previous is { } last && last.AddTicks(-(last.Ticks % TimeSpan.TicksPerSecond)) > when)
        {
            ctx.Refuse(new MediationStepBeforePreviousError(last, InputPath.Of(atProperty)));
            return null;
        }
        ctx.Db.Add(Step(ctx, mediationCase, to, when, now, note));
        return mediationCase;
    }

    /// <summary>A log row for the step from the case's stage to <paramref name="to"/> (null: the registration), which
    /// it also moves the case to.</summary>
    private static MediationCaseStep Step(MutationContext ctx, MediationCase mediationCase, MediationStage? to,
        DateTime at, DateTime now, string? note)
    {
        var step = new MediationCaseStep
        {
            Case = mediationCase, OwnerUnitId = mediationCase.OwnerUnitId,
            From = to is null ? null : mediationCase.Stage, To = to ?? mediationCase.Stage, At = at, RecordedAt = now,
            ById = ctx.Caller.PersonId, Actor = ctx.Caller.Actor, Note = note,
        };
        mediationCase.Stage = step.To;
        return step;
    }
}
