using Gateway.Api.Data;

namespace Gateway.Api.Requests;

/// <summary>A chase (催办) by the efficiency office on an overdue request.</summary>
public sealed class RequestChase : TenantOwnedEntity
{
    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    public DateTime ChasedAt { get; set; }
    public string ChasedBy { get; set; } = "";
    public string? Note { get; set; }
}
