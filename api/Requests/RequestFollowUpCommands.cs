using Gateway.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Requests.RequestSteps;

namespace Gateway.Api.Requests;

/// <summary>What follows a request beside its steps: chases past the deadline, extensions of the deadline decided by
/// an approver who did not ask, the return visit and the scores, set once.</summary>
internal sealed class RequestFollowUpCommands(TimeProvider clock, RequestDeadlines deadlines)
{
    public const int MaxExtensionDays = 30;

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    public MutationCommand<ChaseServiceRequestInput, RequestChase> Chase => new(
        input => new InputRules().RequiredText(input.Note, ServiceRequest.NoteMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var request = await ctx.FindAsync<ServiceRequest>(input.RequestId, ct);
            if (request is null || !InStage(ctx, request, "REQUEST_NOT_OPEN", Open)) return null;
            var now = Now();
            if (!RequestClock.IsOverdue(request, now))
            {
                ctx.Refuse(new RequestNotOverdueError(request.Deadline!.Value, InputPath.Of(nameof(input.RequestId))));
                return null;
            }
            var chase = new RequestChase
            {
                OwnerUnitId = request.OwnerUnitId, RequestId = request.Id, ChasedAt = now, ChasedBy = ctx.Caller.Actor,
                Deadline = request.Deadline!.Value, Note = input.Note.Trim(),
            };
            ctx.Db.Add(chase);
            return chase;
        }) { Subject = input => input.RequestId };

    public MutationCommand<RequestDeadlineExtensionInput, RequestExtension> RequestExtension => new(
        input => new InputRules().Between(input.WorkingDays, 1, MaxExtensionDays)
            .RequiredText(input.Reason, ServiceRequest.NoteMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var request = await ctx.FindAsync<ServiceRequest>(input.RequestId, ct);
            if (request is null || !InStage(ctx, request, "REQUEST_NOT_OPEN", Open)) return null;
            if (await ctx.Db.RequestExtensions.AnyAsync(e => e.RequestId == request.Id && e.Decision == null, ct))
            {
                ctx.Refuse(new ExtensionAlreadyOpenError(InputPath.Of(nameof(input.RequestId))));
                return null;
            }
            var extension = new RequestExtension
            {
                OwnerUnitId = request.OwnerUnitId, RequestId = request.Id, WorkingDays = input.WorkingDays,
                Reason = input.Reason.Trim(), RequestedAt = Now(), RequestedBy = ctx.Caller.Actor,
                DeadlineBefore = request.Deadline!.Value,
            };
            ctx.Db.Add(extension);
            return extension;
        }) { Subject = input => input.RequestId };

    public MutationCommand<ApproveDeadlineExtensionInput, RequestExtension> Approve => new(
        input => new InputRules().OptionalText(input.Note, ServiceRequest.NoteMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var (extension, request) = await FindDecidableAsync(ctx, input.Id, input.Version, ct);
            if (extension is null || request is null) return null;
            extension.DeadlineAfter = deadlines.Extended(request.Deadline!.Value, extension.WorkingDays);
            request.Deadline = extension.DeadlineAfter;
            Decide(ctx, extension, ExtensionDecision.Approved, input.Note);
            return extension;
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<DeclineDeadlineExtensionInput, RequestExtension> Decline => new(
        input => new InputRules().OptionalText(input.Note, ServiceRequest.NoteMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var (extension, request) = await FindDecidableAsync(ctx, input.Id, input.Version, ct);
            if (extension is null || request is null) return null;
            Decide(ctx, extension, ExtensionDecision.Declined, input.Note);
            return extension;
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<RecordReturnVisitInput, ReturnVisit> RecordVisit => new(
        input => new InputRules().OptionalText(input.Note, ServiceRequest.NoteMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var request = await ctx.FindAsync<ServiceRequest>(input.RequestId, ct);
            if (request is null || !InStage(ctx, request, "REQUEST_NOT_ANSWERED", ServiceRequest.Answered))
                return null;
            var visit = new ReturnVisit
            {
                OwnerUnitId = request.OwnerUnitId, RequestId = request.Id, Channel = input.Channel,
                Satisfied = input.Satisfied, VisitedAt = Now(), VisitedBy = ctx.Caller.Actor,
                Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            };
            ctx.Db.Add(visit);
            return visit;
        }) { Subject = input => input.RequestId };

    public MutationCommand<ScoreServiceRequestInput, RequestScoring> Score => new(
        input => new[]
            {
                (input.Effectiveness, nameof(input.Effectiveness)),
                (input.ResidentsEvaluation, nameof(input.ResidentsEvaluation)),
                (input.Procedure, nameof(input.Procedure)),
            }
            .Where(score => score.Item1 is < RequestScoring.MinScore or > RequestScoring.MaxScore)
            .Select(score => (MutationError)new ScoreOutOfRangeError(score.Item1, InputPath.Of(score.Item2)))
            .ToList(),
        async (input, ctx, ct) =>
        {
            var request = await ctx.FindAsync<ServiceRequest>(input.RequestId, ct);
            if (request is null || !InStage(ctx, request, "REQUEST_NOT_ANSWERED", ServiceRequest.Answered))
                return null;
            var path = InputPath.Of(nameof(input.RequestId));
            var scoredAt = await ctx.Db.RequestScorings.Where(s => s.RequestId == request.Id)
                .Select(s => (DateTime?)s.ScoredAt).FirstOrDefaultAsync(ct);
            MutationError? error = scoredAt is { } at ? new AlreadyScoredError(at, path)
                : !await ctx.Db.ReturnVisits.AnyAsync(v => v.RequestId == request.Id, ct)
                    ? new ReturnVisitMissingError(path)
                : null;
            if (error is not null)
            {
                ctx.Refuse(error);
                return null;
            }
            var scoring = new RequestScoring
            {
                OwnerUnitId = request.OwnerUnitId, RequestId = request.Id, DepartmentId = request.DepartmentId!.Value,
                Effectiveness = input.Effectiveness, ResidentsEvaluation = input.ResidentsEvaluation,
                Procedure = input.Procedure, ScoredAt = Now(), ScoredBy = ctx.Caller.Actor,
            };
            ctx.Db.Add(scoring);
            return scoring;
        }) { Subject = input => input.RequestId };

    /// <summary>An open extension asked by another account, of a request whose deadline still runs.</summary>
    private static async Task<(RequestExtension?, ServiceRequest?)> FindDecidableAsync(MutationContext ctx,
        string id, int version, CancellationToken ct)
    {
        var extension = await ctx.FindAsync<RequestExtension>(id, version, ct, "input.Id", "input.Version");
        if (extension is null) return (null, null);
        var path = InputPath.Of(nameof(ApproveDeadlineExtensionInput.Id));
        MutationError? error = extension.Decision is { } decided ? new ExtensionDecidedError(decided, path)
            : extension.RequestedBy == ctx.Caller.Actor ? new ExtensionSelfApprovalError(path)
            : null;
        if (error is not null)
        {
            ctx.Refuse(error);
            return (null, null);
        }
        var request = await ctx.Db.ServiceRequests.SingleAsync(r => r.Id == extension.RequestId, ct);
        if (Open.Contains(request.Stage)) return (extension, request);
        ctx.Refuse(new RequestStageError("REQUEST_NOT_OPEN", request.Stage, Open, path));
        return (null, null);
    }

    private void Decide(MutationContext ctx, RequestExtension extension, ExtensionDecision decision, string? note) =>
        (extension.Decision, extension.DecidedAt, extension.DecidedBy, extension.DecisionNote) =
        (decision, Now(), ctx.Caller.Actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
}
