using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.StationDuty;

/// <summary>
/// The station's roster, cases and dispatches, each refused under the "three nots" for anyone holding an office
/// posting on the day concerned. Rows belong to the station named, which must lie in the caller's scope, so a
/// community office can neither roster, give cases to nor dispatch anyone.
/// </summary>
public sealed class StationDutyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ScheduleDutyShiftInput, DutyShift, DutyShiftType>("scheduleDutyShift",
                "Puts a police officer or auxiliary on a station's duty roster (值班表) for a day; refused under the "
                + "\"three nots\" for anyone holding an office posting that day.", "dutyShift",
                new MutationCommand<ScheduleDutyShiftInput, DutyShift>(
                    input => (input.Note is null ? new InputRules()
                        : new InputRules().RequiredText(input.Note, DutyShift.NoteMaxLength)).Errors,
                    ScheduleAsync),
                typeof(ErrorGraphType<ThreeNotsDutyShiftError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<CancelDutyShiftInput, DutyShift, DutyShiftType>("cancelDutyShift",
                "Cancels a scheduled duty shift; it stays on the roster, cancelled, with the reason.", "dutyShift",
                new MutationCommand<CancelDutyShiftInput, DutyShift>(
                    input => new InputRules().RequiredText(input.Reason, DutyShift.NoteMaxLength).Errors,
                    CancelAsync) { MayConflict = true, Subject = input => input.Id })
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<AssignStationCaseInput, StationCaseAssignment, StationCaseAssignmentType>(
                "assignStationCase",
                "Gives a station case (所办案件) to a police officer or auxiliary; refused under the \"three nots\" for "
                + "anyone holding an office posting that day.", "stationCaseAssignment",
                new MutationCommand<AssignStationCaseInput, StationCaseAssignment>(
                    input => new InputRules()
                        .RequiredText(input.CaseNumber, StationCaseAssignment.CaseNumberMaxLength)
                        .RequiredText(input.Title, StationCaseAssignment.TitleMaxLength).Errors,
                    AssignCaseAsync),
                typeof(ErrorGraphType<ThreeNotsStationCaseError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<DispatchOfficerInput, Dispatch, DispatchType>("dispatchOfficer",
                "Sends a police officer or auxiliary to an incident (出警调派); under the \"three nots\" anyone holding "
                + "an office posting that day is sent only into that office's grids or office.", "dispatch",
                new MutationCommand<DispatchOfficerInput, Dispatch>(ValidateDispatch, DispatchAsync),
                typeof(ErrorGraphType<ThreeNotsDispatchError>))
            .RequirePermission(Permissions.StaffingWrite);
    }

    private static async Task<DutyShift?> ScheduleAsync(ScheduleDutyShiftInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        if (await StationAndPersonAsync(input, context, cancellationToken) is not ({ } station, { } person))
            return null;
        if (await ThreeNots.OfficePostedToAsync(context.Db, person.Id, input.Date, cancellationToken) is { } office)
        {
            context.Refuse(new ThreeNotsDutyShiftError(office, input.Date, PersonPath));
            return null;
        }
        var shift = StationDutyMapper.ToDutyShift(input);
        (shift.OwnerUnitId, shift.PersonId, shift.Status) = (station.Id, person.Id, DutyShiftStatus.Scheduled);
        context.Db.Add(shift);
        return shift;
    }

    private static async Task<DutyShift?> CancelAsync(CancelDutyShiftInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var shift = await context.FindAsync<DutyShift>(input.Id, input.Version, cancellationToken);
        if (shift is null) return null;
        if (shift.Status == DutyShiftStatus.Cancelled)
        {
            context.Refuse(new ValidationError(new("该班次已取消。", "The shift is already cancelled."),
                InputPath.Of(nameof(input.Id))));
            return null;
        }
        StationDutyMapper.ApplyTo(input, shift);
        shift.Status = DutyShiftStatus.Cancelled;
        return shift;
    }

    private static async Task<StationCaseAssignment?> AssignCaseAsync(AssignStationCaseInput input,
        MutationContext context, CancellationToken cancellationToken)
    {
        if (await StationAndPersonAsync(input, context, cancellationToken) is not ({ } station, { } person))
            return null;
        if (await ThreeNots.OfficePostedToAsync(context.Db, person.Id, input.AssignedOn, cancellationToken)
            is { } office)
        {
            context.Refuse(new ThreeNotsStationCaseError(office, input.AssignedOn, PersonPath));
            return null;
        }
        var assignment = StationDutyMapper.ToStationCaseAssignment(input);
        (assignment.OwnerUnitId, assignment.PersonId) = (station.Id, person.Id);
        context.Db.Add(assignment);
        return assignment;
    }

    private static IReadOnlyList<MutationError> ValidateDispatch(DispatchOfficerInput input)
    {
        var rules = new InputRules().RequiredText(input.Reason, Dispatch.ReasonMaxLength);
        if (input.DestinationText is not null)
            rules.RequiredText(input.DestinationText, Dispatch.DestinationTextMaxLength);
        List<MutationError> errors = [.. rules.Errors];
        string?[] destinations = [input.DestinationGridId, input.DestinationOfficeId, input.DestinationText];
        if (destinations.Count(d => d is not null) != 1)
            errors.Add(new ValidationError(new(
                    "须且只须给出一个目的地：destinationGridId、destinationOfficeId 或 destinationText。",
                    "Give exactly one destination: destinationGridId, destinationOfficeId or destinationText."),
                [InputPath.Argument]));
        return errors;
    }

    private static async Task<Dispatch?> DispatchAsync(DispatchOfficerInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var found = await StationAndPersonAsync(input, context, cancellationToken);
        var grid = input.DestinationGridId is null ? null
            : await context.FindAsync<Grid>(input.DestinationGridId, cancellationToken);
        var destinationOffice = input.DestinationOfficeId is null ? null
            : await context.FindAsync<OrgUnit>(input.DestinationOfficeId, cancellationToken);
        if (context.IsRefused || found is not ({ } station, { } person)) return null;
        if (destinationOffice is { Kind: not OrgUnitKind.CommunityOffice })
        {
            context.Refuse(new ValidationError(
                new("“destinationOfficeId”须为社区警务室。", "`destinationOfficeId` must name a community office."),
                InputPath.Of(nameof(input.DestinationOfficeId))));
            return null;
        }
        var day = CountyCalendar.DayOf(input.DispatchedAt);
        if (await ThreeNots.OfficePostedToAsync(context.Db, person.Id, day, cancellationToken) is { } office
            && !ThreeNots.LiesInArea(office, grid?.OwnerUnitId, destinationOffice?.Id))
        {
            context.Refuse(new ThreeNotsDispatchError(office, day, PersonPath));
            return null;
        }
        var dispatch = StationDutyMapper.ToDispatch(input);
        (dispatch.OwnerUnitId, dispatch.PersonId, dispatch.DestinationGridId, dispatch.DestinationOfficeId) =
            (station.Id, person.Id, grid?.Id, destinationOffice?.Id);
        context.Db.Add(dispatch);
        return dispatch;
    }

    private static IReadOnlyList<string> PersonPath { get; } = InputPath.Of(nameof(IStationWorkInput.PersonId));

    /// <summary>
    /// The station and person station work names, or null when either is refused: the station must be a station in
    /// the caller's scope, the person police or auxiliary police — grid workers and mediation members are not station
    /// staff.
    /// </summary>
    private static async Task<(OrgUnit Station, Person Person)?> StationAndPersonAsync<TInput>(TInput input,
        MutationContext context, CancellationToken cancellationToken) where TInput : IStationWorkInput
    {
        var station = await context.FindAsync<OrgUnit>(input.StationId, cancellationToken);
        var person = await context.FindAsync<Person>(input.PersonId, cancellationToken);
        if (station is { Kind: not OrgUnitKind.Station })
            context.Refuse(new ValidationError(new("“stationId”须为派出所。", "`stationId` must name a police station."),
                InputPath.Of(nameof(input.StationId))));
        if (person is { Kind: not (PersonKind.Police or PersonKind.AuxiliaryPolice) })
            context.Refuse(new ValidationError(new("只有民警和辅警承担派出所值班、案件和出警；网格员和调解员不是派出所警力。",
                    "Only police and auxiliary police take station shifts, cases and dispatches; grid workers and "
                    + "mediation members are not station staff."), PersonPath));
        return context.IsRefused ? null : (station!, person!);
    }
}
