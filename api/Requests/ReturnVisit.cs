using Gateway.Api.Data;

namespace Gateway.Api.Requests;

public enum ReturnVisitChannel { Sms, Phone, InPerson }

/// <summary>The return visit to the resident after a request is handled.</summary>
public sealed class ReturnVisit : TenantOwnedEntity
{
    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    public ReturnVisitChannel Channel { get; set; }
    public DateTime VisitedAt { get; set; }
    public bool Satisfied { get; set; }
    public string? Note { get; set; }
}
