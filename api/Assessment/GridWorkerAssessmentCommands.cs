using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Assessment;

/// <summary>
/// An officer's assessment of a grid worker they manage: the grid worker was posted to an office where the officer was
/// its community officer at the same time, in the period (网格员由社区民警管理、考核、调配). One per grid worker, office
/// and period.
/// </summary>
internal sealed class GridWorkerAssessmentCommands(TimeProvider clock)
{
    public MutationCommand<AssessGridWorkerInput, GridWorkerAssessment> Assess => new(
        input => [.. AssessmentRules.Period(input), .. AssessmentRules.Score(input.Score, nameof(input.Score)),
            .. AssessmentRules.Comment(input.Comment, GridWorkerAssessment.CommentMaxLength, nameof(input.Comment))],
        async (input, ctx, ct) =>
        {
            var gridWorker = await ctx.FindAsync<Person>(input.GridWorkerId, ct);
            var officer = await ctx.FindAsync<Person>(input.OfficerId, ct);
            if (gridWorker is null || officer is null) return null;
            var office = await OfficeManagedAsync(ctx, gridWorker.Id, officer.Id, input, ct);
            MutationError? error = office is null
                    ? new AssessorDoesNotManageError(InputPath.Of(nameof(input.OfficerId)))
                : await ctx.Db.GridWorkerAssessments.AnyAsync(a => a.GridWorkerId == gridWorker.Id
                    && a.OwnerUnitId == office && a.From == input.From && a.To == input.To, ct)
                    ? new DuplicatePeriodError(input.From, input.To, InputPath.Of(nameof(input.From)))
                : null;
            if (error is not null)
            {
                ctx.Refuse(error);
                return null;
            }
            var assessment = AssessmentMapper.ToGridWorkerAssessment(input);
            (assessment.GridWorkerId, assessment.AssessedById, assessment.OwnerUnitId) =
                (gridWorker.Id, officer.Id, office!.Value);
            (assessment.RecordedById, assessment.RecordedAt) = (ctx.Caller.PersonId, clock.GetUtcNow().UtcDateTime);
            ctx.Db.Add(assessment);
            return assessment;
        }) { Subject = input => input.GridWorkerId };

    /// <summary>The office where the grid worker and the officer (as its community officer) were posted on a same day
    /// of the period, the latest such when there are several; null when there is none.</summary>
    private static async Task<long?> OfficeManagedAsync(MutationContext ctx, long gridWorkerId, long officerId,
        IAssessmentPeriod period, CancellationToken ct)
    {
        var postings = await ctx.Db.Assignments
            .Where(a => ((a.PersonId == gridWorkerId && a.Role == AssignmentRole.GridWorker)
                    || (a.PersonId == officerId && a.Role == AssignmentRole.OfficePolice))
                && a.From <= period.To && (a.To == null || a.To >= period.From))
            .Select(a => new { a.PersonId, a.UnitId, a.From, a.To }).ToListAsync(ct);
        var together =
            from worker in postings.Where(p => p.PersonId == gridWorkerId)
            from managing in postings.Where(p => p.PersonId == officerId && p.UnitId == worker.UnitId)
            let first = Max(Max(worker.From, managing.From), period.From)
            let last = Min(Min(worker.To ?? period.To, managing.To ?? period.To), period.To)
            where first <= last
            orderby first descending
            select (long?)worker.UnitId;
        return together.FirstOrDefault();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
