using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Informants;

public enum InformantOccupation { StreetCleaner, SecurityActivist, Gatekeeper, SecurityGuard, TricycleOwner, TaxiDriver,
    NightFoodStallOwner }

/// <summary>An informant on file (情报信息员), known by code name; the real identity lives apart in
/// <see cref="InformantIdentity"/>. Whether the informant may be worked with follows from the authorisations and the
/// deactivation, never from a stored status.</summary>
public sealed class Informant : TenantOwnedEntity, IVersioned
{
    public const int CodeNameMaxLength = 40;
    public const int ReasonMaxLength = 500;

    public string CodeName { get; set; } = "";
    public InformantOccupation Occupation { get; set; }
    public DateOnly RecruitedOn { get; set; }
    public long? RegisteredById { get; set; }
    public Person? RegisteredBy { get; set; }
    /// <summary>The day work with the informant stopped; the file stays readable.</summary>
    public DateOnly? DeactivatedOn { get; set; }
    public long? DeactivatedById { get; set; }
    public Person? DeactivatedBy { get; set; }
    public string? DeactivationReason { get; set; }
    public InformantIdentity? Identity { get; set; }
    public int Version { get; set; }
}
