using Gateway.Api.Data;
using Gateway.Api.Offices;

namespace Gateway.Api.Requests;

/// <summary>One dispatch of a request by the 4312345 centre to a department (派单); a re-dispatch ends it and starts
/// another, so every department that held the request stays on record.</summary>
public sealed class RequestDispatch : TenantOwnedEntity
{
    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    public long DepartmentId { get; set; }
    public ExternalOrganisation? Department { get; set; }
    public DateTime DispatchedAt { get; set; }
    public string DispatchedBy { get; set; } = "";
    /// <summary>Why the request was dispatched here again after another department (a re-dispatch); null for the
    /// first.</summary>
    public string? Reason { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public string? AcceptedBy { get; set; }
    /// <summary>When a re-dispatch took the request away from this department.</summary>
    public DateTime? EndedAt { get; set; }
}
