using System.Text.RegularExpressions;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Requests.RequestSteps;

namespace Gateway.Api.Requests;

/// <summary>
/// The steps of the loop, each once and in order: intake → four-level review → diversion (the deadline starts) →
/// dispatch to a department (re-dispatch while it is with one) → accepted → handled → replied → closed. Each records
/// the account that took it and the server's clock.
/// </summary>
internal sealed partial class RequestCommands(TimeProvider clock, RequestDeadlines deadlines)
{
    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    public MutationCommand<ReceiveServiceRequestInput, ServiceRequest> Receive => new(
        input =>
        {
            var rules = new InputRules().RequiredText(input.Number, 40)
                .RequiredText(input.CallerName, ServiceRequest.CallerNameMaxLength)
                .RequiredText(input.Summary, ServiceRequest.SummaryMaxLength);
            if (!string.IsNullOrWhiteSpace(input.CallerPhone) && !Phone().IsMatch(input.CallerPhone.Trim()))
                rules.Invalid(nameof(input.CallerPhone), "须为数字,可含开头的 + 与连字符,最多 20 位",
                    "must be digits, with an optional leading + and dashes, at most 20 characters");
            if (input.ReceivedAt is { } at && at.ToUniversalTime() > Now())
                rules.Invalid(nameof(input.ReceivedAt), "不能晚于当前时间", "must not be in the future");
            return rules.Errors;
        },
        async (input, ctx, ct) =>
        {
            var unit = await ctx.FindAsync<OrgUnit>(input.UnitId, ct);
            var grid = input.GridId is null ? null : await ctx.FindAsync<Grid>(input.GridId, ct);
            if (unit is null || ctx.IsRefused) return null;
            if (grid is not null && grid.OwnerUnitId != unit.Id)
            {
                ctx.Refuse(new GridOutsideUnitError(InputPath.Of(nameof(input.GridId))));
                return null;
            }
            var number = input.Number.Trim();
            if (await ctx.Db.ServiceRequests.AnyAsync(r => r.OwnerUnitId == unit.Id && r.Number == number, ct))
            {
                ctx.Refuse(new RequestNumberTakenError(number, InputPath.Of(nameof(input.Number))));
                return null;
            }
            var request = RequestMapper.ToServiceRequest(input);
            (request.OwnerUnit, request.OwnerUnitId, request.GridId) = (unit, unit.Id, grid?.Id);
            (request.ReceivedAt, request.ReceivedBy) = (input.ReceivedAt?.ToUniversalTime() ?? Now(), ctx.Caller.Actor);
            (request.Stage, request.ReviewLevel) = (RequestStage.UnderReview, 1);
            ctx.Db.Add(request);
            return request;
        }) { Subject = input => input.UnitId };

    /// <summary>
    /// A decision at the level awaiting one. Every level must agree in turn that it is not a police matter; any level
    /// may find a police matter or reject it, which ends the review; a level that cannot decide escalates straight to
    /// level 4, which decides alone.
    /// </summary>
    public MutationCommand<ReviewServiceRequestInput, ServiceRequest> Review => new(
        input =>
        {
            var rules = new InputRules().OptionalText(input.Note, ServiceRequest.NoteMaxLength);
            if (input.Decision == ReviewDecision.Rejected && string.IsNullOrWhiteSpace(input.Note))
                rules.Invalid(nameof(input.Note), "驳回时须写明理由", "gives the reason of a rejection");
            return rules.Errors;
        },
        async (input, ctx, ct) =>
        {
            var request = await FindInStageAsync(ctx, input, "REQUEST_NOT_UNDER_REVIEW", [RequestStage.UnderReview],
                ct);
            if (request is null) return null;
            var level = request.ReviewLevel!.Value;
            var reviewer = ctx.Caller.Actor;
            var earlier = await ctx.Db.RequestReviews
                .Where(r => r.RequestId == request.Id && r.Reviewer == reviewer).Select(r => (int?)r.Level)
                .FirstOrDefaultAsync(ct);
            MutationError? error = earlier is { } reviewed
                    ? new ReviewerAlreadyReviewedError(reviewed, InputPath.Of(nameof(input.RequestId)))
                : input.Decision == ReviewDecision.Escalated && level == 4
                    ? new CannotEscalateError(InputPath.Of(nameof(input.Decision)))
                : null;
            if (error is not null)
            {
                ctx.Refuse(error);
                return null;
            }
            var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            ctx.Db.Add(new RequestReview
            {
                OwnerUnitId = request.OwnerUnitId, RequestId = request.Id, Level = level, Decision = input.Decision,
                Reviewer = reviewer, ReviewerPersonId = ctx.Caller.PersonId, ReviewedAt = Now(), Note = note,
            });
            (request.Stage, request.ReviewLevel) = input.Decision switch
            {
                ReviewDecision.NonPoliceMatter when level < 4 => (RequestStage.UnderReview, level + 1),
                ReviewDecision.NonPoliceMatter => (RequestStage.Cleared, null),
                ReviewDecision.Escalated => (RequestStage.UnderReview, 4),
                ReviewDecision.PoliceMatter => (RequestStage.PoliceMatter, (int?)null),
                _ => (RequestStage.Rejected, null),
            };
            if (input.Decision == ReviewDecision.Rejected) request.RejectionReason = note;
            return request;
        }) { MayConflict = true, Subject = input => input.RequestId };

    public MutationCommand<DivertServiceRequestInput, ServiceRequest> Divert => new(
        input => new InputRules().RequiredText(input.TicketNumber, 40).Errors,
        async (input, ctx, ct) =>
        {
            var request = await FindInStageAsync(ctx, input, "REQUEST_NOT_CLEARED", [RequestStage.Cleared], ct);
            if (request is null) return null;
            var ticket = input.TicketNumber.Trim();
            if (await ctx.Db.ServiceRequests.AnyAsync(
                    r => r.OwnerUnitId == request.OwnerUnitId && r.TicketNumber == ticket, ct))
            {
                ctx.Refuse(new TicketNumberTakenError(ticket, InputPath.Of(nameof(input.TicketNumber))));
                return null;
            }
            var now = Now();
            (request.Stage, request.TicketNumber, request.DivertedAt, request.DivertedBy) =
                (RequestStage.Diverted, ticket, now, ctx.Caller.Actor);
            request.Deadline = deadlines.DeadlineOf(request.Kind, now);
            ctx.Raise(OutgoingEventTypes.RequestDiverted, request);
            return request;
        }) { MayConflict = true, Subject = input => input.RequestId };

    public MutationCommand<DispatchServiceRequestInput, ServiceRequest> Dispatch => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var request = await FindInStageAsync(ctx, input, "REQUEST_NOT_DIVERTED", [RequestStage.Diverted], ct);
            var department = await FindDepartmentAsync(ctx, input.DepartmentId, ct);
            if (request is null || department is null) return null;
            StartDispatch(ctx, request, department, reason: null);
            return request;
        }) { MayConflict = true, Subject = input => input.RequestId };

    public MutationCommand<RedispatchServiceRequestInput, ServiceRequest> Redispatch => new(
        input => new InputRules().RequiredText(input.Reason, ServiceRequest.NoteMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var request = await FindInStageAsync(ctx, input, "REQUEST_NOT_WITH_DEPARTMENT",
                [RequestStage.Dispatched, RequestStage.Accepted], ct);
            var department = await FindDepartmentAsync(ctx, input.DepartmentId, ct);
            if (request is null || department is null) return null;
            if (department.Id == request.DepartmentId)
            {
                ctx.Refuse(new SameDepartmentError(InputPath.Of(nameof(input.DepartmentId))));
                return null;
            }
            var running = await RunningDispatchAsync(ctx, request, ct);
            running.EndedAt = Now();
            StartDispatch(ctx, request, department, input.Reason.Trim());
            return request;
        }) { MayConflict = true, Subject = input => input.RequestId };

    public MutationCommand<AcceptServiceRequestInput, ServiceRequest> Accept => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var request = await FindInStageAsync(ctx, input, "REQUEST_NOT_DISPATCHED", [RequestStage.Dispatched],
                ct);
            if (request is null) return null;
            var running = await RunningDispatchAsync(ctx, request, ct);
            (running.AcceptedAt, running.AcceptedBy) = (Now(), ctx.Caller.Actor);
            request.Stage = RequestStage.Accepted;
            return request;
        }) { MayConflict = true, Subject = input => input.RequestId };

    public MutationCommand<HandleServiceRequestInput, ServiceRequest> Handle => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var request = await FindInStageAsync(ctx, input, "REQUEST_NOT_ACCEPTED", [RequestStage.Accepted], ct);
            if (request is null) return null;
            (request.Stage, request.HandledAt, request.HandledBy) = (RequestStage.Handled, Now(), ctx.Caller.Actor);
            return request;
        }) { MayConflict = true, Subject = input => input.RequestId };

    public MutationCommand<ReplyServiceRequestInput, ServiceRequest> Reply => new(
        input => new InputRules().RequiredText(input.Reply, ServiceRequest.SummaryMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var request = await FindInStageAsync(ctx, input, "REQUEST_NOT_HANDLED", [RequestStage.Handled], ct);
            if (request is null) return null;
            (request.Stage, request.RepliedAt, request.RepliedBy, request.Reply) =
                (RequestStage.Replied, Now(), ctx.Caller.Actor, input.Reply.Trim());
            return request;
        }) { MayConflict = true, Subject = input => input.RequestId };

    public MutationCommand<CloseServiceRequestInput, ServiceRequest> Close => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var request = await FindInStageAsync(ctx, input, "REQUEST_NOT_REPLIED", [RequestStage.Replied], ct);
            if (request is null) return null;
            (request.Stage, request.ClosedAt, request.ClosedBy) = (RequestStage.Closed, Now(), ctx.Caller.Actor);
            ctx.Raise(OutgoingEventTypes.RequestClosed, request);
            return request;
        }) { MayConflict = true, Subject = input => input.RequestId };

    /// <summary>The organisation named, when it is a department; refused otherwise.</summary>
    private static async Task<ExternalOrganisation?> FindDepartmentAsync(MutationContext ctx, string departmentId,
        CancellationToken ct)
    {
        const string field = "input.DepartmentId";
        var organisation = await ctx.FindAsync<ExternalOrganisation>(departmentId, ct, field);
        if (organisation is null || organisation.Kind == ExternalOrganisationKind.Department) return organisation;
        ctx.Refuse(new NotADepartmentError(InputPath.OfExpression(field)));
        return null;
    }

    private void StartDispatch(MutationContext ctx, ServiceRequest request, ExternalOrganisation department,
        string? reason)
    {
        ctx.Db.Add(new RequestDispatch
        {
            OwnerUnitId = request.OwnerUnitId, RequestId = request.Id, DepartmentId = department.Id,
            DispatchedAt = Now(), DispatchedBy = ctx.Caller.Actor, Reason = reason,
        });
        (request.Stage, request.DepartmentId) = (RequestStage.Dispatched, department.Id);
    }

    private static Task<RequestDispatch> RunningDispatchAsync(MutationContext ctx, ServiceRequest request,
        CancellationToken ct) =>
        ctx.Db.RequestDispatches.Where(d => d.RequestId == request.Id && d.EndedAt == null)
            .OrderByDescending(d => d.DispatchedAt).FirstAsync(ct);

    [GeneratedRegex(@"^\+?[0-9][0-9-]{0,18}$")]
    private static partial Regex Phone();
}

