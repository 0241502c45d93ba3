using Gateway.Api.Data;

namespace Gateway.Api.Informants;

public enum InformantOccupation { StreetCleaner, SecurityActivist, Gatekeeper, SecurityGuard, TricycleOwner, TaxiDriver,
    NightFoodStallOwner }
public enum InformantStatus { Active, Lapsed, Closed }

/// <summary>An informant on file (情报信息员), known by code name; the real identity lives apart in
/// <see cref="InformantIdentity"/>.</summary>
public sealed class Informant : TenantOwnedEntity
{
    public string CodeName { get; set; } = "";
    public InformantOccupation Occupation { get; set; }
    public InformantStatus Status { get; set; }
    public DateOnly RecruitedOn { get; set; }
    /// <summary>Authorisation lapses after 12 months unless renewed.</summary>
    public DateOnly AuthorisedUntil { get; set; }
    public InformantIdentity? Identity { get; set; }
}
