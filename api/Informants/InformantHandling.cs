using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Informants;

public enum HandlingRole { Handler, Controller }

/// <summary>A period during which an officer handled or controlled an informant.</summary>
public sealed class InformantHandling : TenantOwnedEntity
{
    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public HandlingRole Role { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}
