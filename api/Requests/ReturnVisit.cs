using System.ComponentModel;
using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Requests;

public enum ReturnVisitChannel
{
    [Description("By text message (短信).")] Sms,
    [Description("By phone (电话).")] Phone,
    [Description("In person (上门).")] InPerson,
}

/// <summary>The return visit (回访) to the resident after the department replied.</summary>
[AppendOnly]
public sealed class ReturnVisit : TenantOwnedEntity
{
    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    public ReturnVisitChannel Channel { get; set; }
    public DateTime VisitedAt { get; set; }
    public string VisitedBy { get; set; } = "";
    public bool Satisfied { get; set; }
    public string? Note { get; set; }
}
