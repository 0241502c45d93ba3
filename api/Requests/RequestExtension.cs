using System.ComponentModel;
using Gateway.Api.Data;

namespace Gateway.Api.Requests;

public enum ExtensionDecision
{
    [Description("Approved: the deadline moved by the working days asked.")] Approved,
    [Description("Declined: the deadline stands.")] Declined,
}

/// <summary>A request to extend a request's deadline by some working days (延期), decided by an approver who is not
/// the account that asked. Approved, it moves the deadline; the deadline before stays here.</summary>
public sealed class RequestExtension : TenantOwnedEntity, IVersioned
{
    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    public int WorkingDays { get; set; }
    public string Reason { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime DeadlineBefore { get; set; }
    public ExtensionDecision? Decision { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>The deadline the approval set; null unless approved.</summary>
    public DateTime? DeadlineAfter { get; set; }
    public string? DecisionNote { get; set; }
    public int Version { get; set; }
}
