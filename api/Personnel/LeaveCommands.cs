using Gateway.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>Recording and cancelling leave. A person's periods that stand never overlap.</summary>
internal sealed class LeaveCommands(Func<DateOnly> today)
{
    public static MutationCommand<RecordLeaveInput, LeavePeriod> Record => new(
        input =>
        {
            var errors = new List<MutationError>();
            if (input.To < input.From)
                errors.Add(PersonRules.Invalid(nameof(input.To), "不能早于首日", "must not be before `from`"));
            if (input.Note?.Trim().Length > LeavePeriod.NoteMaxLength)
                errors.Add(PersonRules.Invalid(nameof(input.Note), $"最多 {LeavePeriod.NoteMaxLength} 个字符",
                    $"takes at most {LeavePeriod.NoteMaxLength} characters"));
            return errors;
        },
        async (input, ctx, ct) =>
        {
            var person = await ctx.FindAsync<Person>(input.PersonId, ct);
            if (person is null) return null;
            var other = await ctx.Db.LeavePeriods
                .Where(l => l.PersonId == person.Id && l.CancelledOn == null && l.From <= input.To
                    && l.To >= input.From)
                .OrderBy(l => l.From).FirstOrDefaultAsync(ct);
            if (other is not null)
            {
                ctx.Refuse(new LeaveOverlapError(other.From, other.To, InputPath.Of(nameof(input.From))));
                return null;
            }
            var leave = PersonnelMapper.ToLeavePeriod(input);
            (leave.PersonId, leave.OwnerUnitId, leave.RecordedById) =
                (person.Id, person.OwnerUnitId, ctx.Caller.PersonId);
            ctx.Db.Add(leave);
            return leave;
        }) { Subject = input => input.PersonId };

    /// <summary>Marks the period cancelled today; it stays readable.</summary>
    public MutationCommand<CancelLeaveInput, LeavePeriod> Cancel => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var leave = await ctx.FindAsync<LeavePeriod>(input.Id, input.Version, ct);
            if (leave is null) return null;
            if (leave.CancelledOn is { } cancelledOn)
            {
                ctx.Refuse(new LeaveCancelledError(cancelledOn, InputPath.Of(nameof(input.Id))));
                return null;
            }
            (leave.CancelledOn, leave.CancelledById) = (today(), ctx.Caller.PersonId);
            return leave;
        }) { MayConflict = true, Subject = input => input.Id };
}
