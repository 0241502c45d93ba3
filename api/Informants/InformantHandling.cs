using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Informants;

public enum HandlingRole { Handler, Controller }

/// <summary>A period during which an officer handled or controlled an informant. A handover ends the running period
/// the day before the next one starts; nobody is handler and controller of one informant on the same day.</summary>
public sealed class InformantHandling : TenantOwnedEntity
{
    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public HandlingRole Role { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public long? AssignedById { get; set; }
    public Person? AssignedBy { get; set; }
    public DateTime AssignedAt { get; set; }

    public bool Covers(DateOnly day) => From <= day && (To is null || To >= day);
}
