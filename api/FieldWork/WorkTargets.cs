using Gateway.Api.Data;

namespace Gateway.Api.FieldWork;

/// <summary>
/// The "three musts" (三必) and daily quotas of a unit and the units below it (configuration, per tenant), set by a
/// unit above it, so that no unit sets the bar it is measured against; the bureau, at the top, sets its own. A unit
/// without a row of its own works to its nearest ancestor's, and the county without one to the report's numbers
/// (<see cref="Defaults"/>).
/// </summary>
public sealed class WorkTargets : TenantOwnedEntity, IVersioned, IWorkTargetValues
{
    public static readonly WorkTargetValues Defaults = new(20, 3, 10, 20, 5);

    public int ResidentsVisitedPerDay { get; set; }
    public int VisitDaysPerWeek { get; set; }
    public int SpecialGroupServicesPerMonth { get; set; }
    public int PopulationRecordsPerOfficePerDay { get; set; }
    public int VehicleChecksPerOfficePerDay { get; set; }
    public int Version { get; set; }
}

/// <summary>The five numbers of a set of targets.</summary>
public interface IWorkTargetValues
{
    int ResidentsVisitedPerDay { get; }
    int VisitDaysPerWeek { get; }
    int SpecialGroupServicesPerMonth { get; }
    int PopulationRecordsPerOfficePerDay { get; }
    int VehicleChecksPerOfficePerDay { get; }
}

public sealed record WorkTargetValues(int ResidentsVisitedPerDay, int VisitDaysPerWeek,
    int SpecialGroupServicesPerMonth, int PopulationRecordsPerOfficePerDay, int VehicleChecksPerOfficePerDay)
    : IWorkTargetValues
{
    public static WorkTargetValues Of(IWorkTargetValues values) => new(values.ResidentsVisitedPerDay,
        values.VisitDaysPerWeek, values.SpecialGroupServicesPerMonth, values.PopulationRecordsPerOfficePerDay,
        values.VehicleChecksPerOfficePerDay);
}
