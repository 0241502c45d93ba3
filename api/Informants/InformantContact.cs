using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Informants;

public enum ContactMethod { Meeting, Phone, Message }

/// <summary>A logged contact with an informant, with the next collection direction given.</summary>
[AppendOnly]
public sealed class InformantContact : TenantOwnedEntity
{
    public const int DirectionMaxLength = 500;

    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public long OfficerId { get; set; }
    public Person? Officer { get; set; }
    public DateTime ContactedAt { get; set; }
    public ContactMethod Method { get; set; }
    public string? Direction { get; set; }
    /// <summary>When the contact was logged, on the server's clock.</summary>
    public DateTime RecordedAt { get; set; }
}
