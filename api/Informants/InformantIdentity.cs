using Gateway.Api.Data;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Informants;

/// <summary>The protected real identity of an informant, kept in its own table.</summary>
public sealed class InformantIdentity : TenantOwnedEntity
{
    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    [Sensitive]
    public string RealName { get; set; } = "";
    [Sensitive]
    public string IdNumber { get; set; } = "";
    [Sensitive]
    public string Phone { get; set; } = "";
}
