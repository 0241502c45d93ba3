using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Registry;

public enum KeyPersonControlKind { Visit, Talk, CheckIn, WhereaboutsCheck }

/// <summary>
/// One control of a key person (重点人口管控), counted in person-times: a visit, a talk, the person checking in, or a
/// check of their whereabouts. Owned by the office keeping the resident's record.
/// </summary>
public sealed class KeyPersonControl : TenantOwnedEntity
{
    public const int NoteMaxLength = 500;

    public long ResidentId { get; set; }
    public Resident? Resident { get; set; }
    /// <summary>Who did it.</summary>
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public KeyPersonControlKind Kind { get; set; }
    public DateTime OccurredAt { get; set; }
    public string? Note { get; set; }
}
