using Gateway.Api.Data;

namespace Gateway.Api.Requests;

public enum ReviewDecision { PoliceMatter, NonPoliceMatter, Escalated, Rejected }

/// <summary>One level (1–4) of the 110 centre's four-level review of whether a request is a police matter.</summary>
public sealed class RequestReview : TenantOwnedEntity
{
    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    public int Level { get; set; }
    public ReviewDecision Decision { get; set; }
    public string Reviewer { get; set; } = "";
    public DateTime ReviewedAt { get; set; }
    public string? Note { get; set; }
}
