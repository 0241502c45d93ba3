using Gateway.Api.Data;
using Gateway.Api.Offices;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Requests;

/// <summary>The three scores (0–100) of a request after its return visit, set once, which count in the performance of
/// the department that answered it, in the year it was scored.</summary>
[AppendOnly]
public sealed class RequestScoring : TenantOwnedEntity
{
    public const int MinScore = 0;
    public const int MaxScore = 100;

    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    /// <summary>The department scored: the one the request was dispatched to last.</summary>
    public long DepartmentId { get; set; }
    public ExternalOrganisation? Department { get; set; }
    public int Effectiveness { get; set; }
    public int ResidentsEvaluation { get; set; }
    public int Procedure { get; set; }
    public DateTime ScoredAt { get; set; }
    public string ScoredBy { get; set; } = "";
}
