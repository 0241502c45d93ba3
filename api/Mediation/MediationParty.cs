using Gateway.Api.Data;
using Gateway.Api.Registry;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Mediation;

public enum MediationPartyRole { Applicant, Respondent, Other }

/// <summary>A party to a mediation case (当事人): who applied, who the application is against, or another party. Their
/// ID number and phone are ciphertext at rest and masked like a resident's.</summary>
public sealed class MediationParty : TenantOwnedEntity
{
    public const int NameMaxLength = 50;
    public const int AddressMaxLength = 200;

    public long CaseId { get; set; }
    public MediationCase? Case { get; set; }
    public MediationPartyRole Role { get; set; }
    public string Name { get; set; } = "";
    [Sensitive]
    public string? IdNumber { get; set; }
    [Sensitive]
    public string? Phone { get; set; }
    public string? Address { get; set; }
    /// <summary>The resident on the registry the party is, when known.</summary>
    public long? ResidentId { get; set; }
    public Resident? Resident { get; set; }
}
