using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Requests;

public enum RequestKind { Consultation, Appeal, Complaint, Report, MajorEmergency }
public enum RequestStatus { UnderReview, HandledByPolice, Diverted, Dispatched, Replied, Closed, Overdue }

/// <summary>A non-police request received by 110 and, after review, diverted to the 4312345 centre.</summary>
public sealed class ServiceRequest : TenantOwnedEntity
{
    public string Number { get; set; } = "";
    public RequestKind Kind { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string CallerName { get; set; } = "";
    [Sensitive]
    public string? CallerPhone { get; set; }
    public string Summary { get; set; } = "";
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    public RequestStatus Status { get; set; }
    /// <summary>Ticket number issued by the 4312345 centre.</summary>
    public string? TicketNumber { get; set; }
    public DateTime? DivertedAt { get; set; }
    public long? DepartmentId { get; set; }
    public ExternalOrganisation? Department { get; set; }
    public DateTime? Deadline { get; set; }
    public DateTime? RepliedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>The three scores (0–100) that count in the department's annual performance.</summary>
    public decimal? EffectivenessScore { get; set; }
    public decimal? SatisfactionScore { get; set; }
    public decimal? ProcedureScore { get; set; }
}
