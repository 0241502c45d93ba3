using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Requests;

/// <summary>A chase (催办) of a request past its deadline: raised automatically once per deadline passed, or by the
/// efficiency office (效能办) by hand.</summary>
[AppendOnly]
public sealed class RequestChase : TenantOwnedEntity
{
    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    public DateTime ChasedAt { get; set; }
    /// <summary>The account that chased; "system" for an automatic chase.</summary>
    public string ChasedBy { get; set; } = "";
    /// <summary>Raised by the chase job at expiry, rather than by hand.</summary>
    public bool Automatic { get; set; }
    /// <summary>The deadline that had passed; an automatic chase is raised once per request and deadline.</summary>
    public DateTime Deadline { get; set; }
    public string? Note { get; set; }
}
