using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.FieldWork;

public sealed class FieldWorkMutations(TimeProvider clock) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var fieldWork = new FieldWorkCommands(clock);
        Type[] entryErrors =
        [
            typeof(ErrorGraphType<OccurredInFutureError>), typeof(ErrorGraphType<PersonNotPostedError>),
            typeof(ErrorGraphType<ResidentRequiredError>), typeof(ErrorGraphType<NotSpecialGroupError>),
            typeof(ErrorGraphType<PopulationRecordDerivedError>),
        ];
        mutation.Mutation<RecordFieldWorkInput, FieldWorkEvent, FieldWorkEventType>("recordFieldWork",
                "Records one piece of field work (工作日志) of a person in the caller's scope, in the log of the unit the "
                + "person was posted to on the county day; the server's receipt time is kept beside the stated time.",
                "fieldWorkEvent", fieldWork.Record, entryErrors)
            .RequirePermission(Permissions.FieldWorkWrite);
        mutation.Mutation<RecordFieldWorkDayInput, FieldWorkDay, FieldWorkDayType>("recordFieldWorkDay",
                "Records a terminal's whole day of one person's field work at once: every entry or none, errors at "
                + "`events.i.field`. Each entry carries its own idempotency key, so a retried batch records nothing "
                + "twice and answers the same entries.", "fieldWorkDay", fieldWork.RecordDay,
                [.. entryErrors, typeof(ErrorGraphType<IdempotencyKeyReusedError>)])
            .RequirePermission(Permissions.FieldWorkWrite);
        mutation.Mutation<CorrectFieldWorkInput, FieldWorkEvent, FieldWorkEventType>("correctFieldWork",
                "Corrects an active entry (更正): it stays in the log, marked CORRECTED with the reason, and the new "
                + "active entry returned carries the values given, recorded by the caller.", "fieldWorkEvent",
                fieldWork.Correct, [.. entryErrors, typeof(ErrorGraphType<FieldWorkNotActiveError>)])
            .RequirePermission(Permissions.FieldWorkWrite);
        mutation.Mutation<VoidFieldWorkInput, FieldWorkEvent, FieldWorkEventType>("voidFieldWork",
                "Voids an active entry recorded in error (作废): it stays in the log, marked VOIDED with who, when and "
                + "why, and counts for nothing.", "fieldWorkEvent", fieldWork.Void,
                typeof(ErrorGraphType<FieldWorkNotActiveError>))
            .RequirePermission(Permissions.FieldWorkWrite);
        mutation.Mutation<SetWorkTargetsInput, WorkTargets, WorkTargetsType>("setWorkTargets",
                "Sets a unit's own \"three musts\" (三必) and daily quotas (每日指标), which the units below it without "
                + "targets of their own work to as well. A unit's targets are set from a unit above it; only the "
                + "bureau, at the top, sets its own (TARGETS_SET_FROM_ABOVE otherwise).", "workTargets",
                WorkTargetsCommands.Set, typeof(ErrorGraphType<TargetsSetFromAboveError>))
            .RequirePermission(Permissions.FieldWorkWrite);
    }
}
