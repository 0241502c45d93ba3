using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;

namespace Gateway.Api.StationDuty;

/// <summary>
/// A person sent to an incident (出警调派) by the station that records it. The destination is exactly one of a grid,
/// a community office's area, or a place described in words.
/// </summary>
public sealed class Dispatch : TenantOwnedEntity
{
    public const int DestinationTextMaxLength = 200;
    public const int ReasonMaxLength = 500;

    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public DateTime DispatchedAt { get; set; }
    public long? DestinationGridId { get; set; }
    public Grid? DestinationGrid { get; set; }
    public long? DestinationOfficeId { get; set; }
    public OrgUnit? DestinationOffice { get; set; }
    public string? DestinationText { get; set; }
    public string Reason { get; set; } = "";
}
