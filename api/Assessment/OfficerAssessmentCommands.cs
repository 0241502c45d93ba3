using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Assessment;

/// <summary>
/// Opening an officer's three-party assessment and recording the parties' scores. The officer served the office as its
/// community officer in the period; one assessment per officer, office and period; the bureau's score comes from above
/// the office.
/// </summary>
internal sealed class OfficerAssessmentCommands(TimeProvider clock)
{
    public MutationCommand<OpenOfficerAssessmentInput, OfficerAssessment> Open => new(
        input => [.. AssessmentRules.Period(input)],
        async (input, ctx, ct) =>
        {
            var officer = await ctx.FindAsync<Person>(input.OfficerId, ct);
            var office = await ctx.FindAsync<OrgUnit>(input.OfficeId, ct);
            if (officer is null || office is null) return null;
            var posted = await ctx.Db.Assignments.AnyAsync(a => a.PersonId == officer.Id && a.UnitId == office.Id
                && a.Role == AssignmentRole.OfficePolice && a.From <= input.To && (a.To == null || a.To >= input.From),
                ct);
            MutationError? error = !posted ? new OfficerNotPostedError(InputPath.Of(nameof(input.OfficerId)))
                : await ctx.Db.OfficerAssessments.AnyAsync(a => a.PersonId == officer.Id
                    && a.OwnerUnitId == office.Id && a.From == input.From && a.To == input.To, ct)
                    ? new DuplicatePeriodError(input.From, input.To, InputPath.Of(nameof(input.From)))
                : null;
            if (error is not null)
            {
                ctx.Refuse(error);
                return null;
            }
            var assessment = AssessmentMapper.ToOfficerAssessment(input);
            (assessment.PersonId, assessment.OwnerUnitId) = (officer.Id, office.Id);
            (assessment.OpenedById, assessment.OpenedAt) = (ctx.Caller.PersonId, clock.GetUtcNow().UtcDateTime);
            ctx.Db.Add(assessment);
            return assessment;
        }) { Subject = input => input.OfficerId };

    /// <summary>Records one party's score; the score it replaces stays as an entry.</summary>
    public MutationCommand<RecordAssessmentScoreInput, OfficerAssessment> RecordScore => new(
        input => [.. AssessmentRules.Score(input.Score, nameof(input.Score)),
            .. AssessmentRules.Comment(input.Comment, AssessmentScoreEntry.CommentMaxLength, nameof(input.Comment))],
        async (input, ctx, ct) =>
        {
            var assessment = await ctx.FindAsync<OfficerAssessment>(input.Id, input.Version, ct);
            if (assessment is null) return null;
            // Found, so in the caller's scope: the office itself or a unit above it.
            if (input.Party == AssessmentParty.Bureau && assessment.OwnerPath == ctx.Caller.UnitPath)
            {
                ctx.Refuse(new AssessorNotIndependentError(InputPath.Of(nameof(input.Party))));
                return null;
            }
            var entry = new AssessmentScoreEntry
            {
                OwnerUnitId = assessment.OwnerUnitId, Assessment = assessment, Party = input.Party,
                Score = input.Score, Comment = AssessmentRules.TrimmedOrNone(input.Comment),
                RecordedById = ctx.Caller.PersonId, RecordedInUnitId = ctx.Caller.UnitId!.Value,
                RecordedAt = clock.GetUtcNow().UtcDateTime,
            };
            ctx.Db.Add(entry);
            assessment.Record(entry);
            return assessment;
        }) { MayConflict = true, Subject = input => input.Id };
}
