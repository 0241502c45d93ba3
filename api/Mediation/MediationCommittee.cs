using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Mediation;

/// <summary>A people's mediation committee (人民调解委员会), sitting in a station.</summary>
public sealed class MediationCommittee : TenantOwnedEntity
{
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
    public long? ChairId { get; set; }
    public Person? Chair { get; set; }
}
