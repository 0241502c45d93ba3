using Gateway.Api.Data;

namespace Gateway.Api.Informants;

/// <summary>The protected real identity of an informant, kept in its own table.</summary>
public sealed class InformantIdentity : TenantOwnedEntity
{
    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public string RealName { get; set; } = "";
    public string IdNumber { get; set; } = "";
    public string Phone { get; set; } = "";
}
