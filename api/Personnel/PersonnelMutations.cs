using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Personnel;

public sealed class PersonnelMutations(TimeProvider clock) : IMutationFields
{
    private DateOnly Today() => CountyCalendar.Today(clock);

    public void AddTo(ObjectGraphType mutation)
    {
        var people = new PersonCommands(Today);
        mutation.Mutation<CreatePersonInput, Person, PersonType>("createPerson",
                "Puts a new person on the file (人员档案) of a unit in the caller's scope.", "person", people.Create,
                typeof(ErrorGraphType<BadgeNumberTakenError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<UpdatePersonInput, Person, PersonType>("updatePerson",
                "Records a person's name, badge number, phone, ID number and supplier as they now stand.", "person",
                people.Update, typeof(ErrorGraphType<BadgeNumberTakenError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<DeactivatePersonInput, Person, PersonType>("deactivatePerson",
                "Deactivates a person who no longer works here: running postings end on the day given; the person "
                + "stays readable and cannot be posted again.", "person", people.Deactivate,
                typeof(ErrorGraphType<PersonDeactivatedError>), typeof(ErrorGraphType<PostingEndsBeforeStartError>))
            .RequirePermission(Permissions.StaffingWrite);

        Type[] postingErrors =
        [
            typeof(ErrorGraphType<PersonDeactivatedError>), typeof(ErrorGraphType<RoleDoesNotFitPersonError>),
            typeof(ErrorGraphType<RoleDoesNotFitUnitError>), typeof(ErrorGraphType<GridOutsideOfficeError>),
            typeof(ErrorGraphType<SquadOutsideStationError>), typeof(ErrorGraphType<PostingOverlapError>),
        ];
        mutation.Mutation<PostPersonInput, Assignment, AssignmentType>("postPerson",
                "Posts a person (岗位任职) to a community office or station, and grid or squad, from a day on.",
                "assignment", PostingCommands.Post, postingErrors)
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<TransferPersonInput, Assignment, AssignmentType>("transferPerson",
                "Transfers a person (调动): the running posting ends the day before `on`, the new one starts on `on`, "
                + "and the person's file moves to the new unit.", "assignment", PostingCommands.Transfer,
                [.. postingErrors, typeof(ErrorGraphType<PostingEndedError>),
                    typeof(ErrorGraphType<PostingEndsBeforeStartError>)])
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<EndPostingInput, Assignment, AssignmentType>("endPosting",
                "Ends a running posting on its last day; the posting stays in the staffing history.", "assignment",
                PostingCommands.End, typeof(ErrorGraphType<PostingEndedError>),
                typeof(ErrorGraphType<PostingEndsBeforeStartError>))
            .RequirePermission(Permissions.StaffingWrite);

        var leave = new LeaveCommands(Today);
        mutation.Mutation<RecordLeaveInput, LeavePeriod, LeavePeriodType>("recordLeave",
                "Records a rest day, annual or sick leave or training (休息/年休/病假/培训) of a person.", "leavePeriod",
                LeaveCommands.Record, typeof(ErrorGraphType<LeaveOverlapError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<CancelLeaveInput, LeavePeriod, LeavePeriodType>("cancelLeave",
                "Cancels a leave period; it stays readable, marked cancelled.", "leavePeriod", leave.Cancel,
                typeof(ErrorGraphType<LeaveCancelledError>))
            .RequirePermission(Permissions.StaffingWrite);
    }
}
