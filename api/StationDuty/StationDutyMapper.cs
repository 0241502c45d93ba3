using Riok.Mapperly.Abstractions;

namespace Gateway.Api.StationDuty;

/// <summary>Turns station-duty inputs into rows. Every input field must land somewhere, or the build fails; ids are
/// resolved through the mutation context, not mapped.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class StationDutyMapper
{
    [MapperIgnoreSource(nameof(ScheduleDutyShiftInput.StationId))]
    [MapperIgnoreSource(nameof(ScheduleDutyShiftInput.PersonId))]
    [MapperIgnoreSource(nameof(ScheduleDutyShiftInput.IdempotencyKey))]
    public static partial DutyShift ToDutyShift(ScheduleDutyShiftInput input);

    [MapperIgnoreSource(nameof(CancelDutyShiftInput.Id))]
    [MapperIgnoreSource(nameof(CancelDutyShiftInput.Version))]
    [MapProperty(nameof(CancelDutyShiftInput.Reason), nameof(DutyShift.CancellationReason))]
    public static partial void ApplyTo(CancelDutyShiftInput input, [MappingTarget] DutyShift shift);

    [MapperIgnoreSource(nameof(AssignStationCaseInput.StationId))]
    [MapperIgnoreSource(nameof(AssignStationCaseInput.PersonId))]
    [MapperIgnoreSource(nameof(AssignStationCaseInput.IdempotencyKey))]
    public static partial StationCaseAssignment ToStationCaseAssignment(AssignStationCaseInput input);

    [MapperIgnoreSource(nameof(DispatchOfficerInput.StationId))]
    [MapperIgnoreSource(nameof(DispatchOfficerInput.PersonId))]
    [MapperIgnoreSource(nameof(DispatchOfficerInput.DestinationGridId))]
    [MapperIgnoreSource(nameof(DispatchOfficerInput.DestinationOfficeId))]
    [MapperIgnoreSource(nameof(DispatchOfficerInput.IdempotencyKey))]
    public static partial Dispatch ToDispatch(DispatchOfficerInput input);

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();

    /// <summary>Instants are stored in UTC.</summary>
    private static DateTime InUtc(DateTime value) => value.ToUniversalTime();
}
