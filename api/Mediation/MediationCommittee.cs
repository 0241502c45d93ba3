using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Mediation;

/// <summary>A people's mediation committee (人民调解委员会), sitting in a station. Shared downwards: the station's
/// offices read it and point the cases that arise with them at it; only the station changes it.</summary>
[SharedDownwards]
public sealed class MediationCommittee : TenantOwnedEntity, IVersioned
{
    public const int NameMaxLength = 100;

    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
    public long? ChairId { get; set; }
    public Person? Chair { get; set; }
    public int Version { get; set; }
}
