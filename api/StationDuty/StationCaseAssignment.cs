using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.StationDuty;

/// <summary>A station case (所办案件) given to a person to handle, owned by the station.</summary>
public sealed class StationCaseAssignment : TenantOwnedEntity
{
    public const int CaseNumberMaxLength = 40;
    public const int TitleMaxLength = 200;

    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public string CaseNumber { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly AssignedOn { get; set; }
}
