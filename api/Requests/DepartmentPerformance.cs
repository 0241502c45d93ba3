namespace Gateway.Api.Requests;

/// <summary>A department's record on requests in one year, as it counts in its annual performance.</summary>
public sealed record DepartmentPerformance(long DepartmentId, string Name, string NameZh, int Year)
{
    public int Dispatched { get; init; }
    public int Replied { get; init; }
    public int RepliedOnTime { get; init; }
    public int Closed { get; init; }
    public int OverdueNow { get; init; }
    public int Chases { get; init; }
    public int ExtensionsApproved { get; init; }
    public int Scored { get; init; }
    public double? MeanEffectiveness { get; init; }
    public double? MeanResidentsEvaluation { get; init; }
    public double? MeanProcedure { get; init; }
    public int ReturnVisits { get; init; }
    public double? SatisfiedShare { get; init; }
}
