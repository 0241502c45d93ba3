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

/// <summary>
/// What some county days brought a department on the requests of some units: counts, and scores as sums, so the
/// days of any period add up (<see cref="Add"/>) into one record and its means and share are taken once, at the end.
/// </summary>
public sealed class DepartmentTally
{
    public int Dispatched { get; set; }
    public int Replied { get; set; }
    public int RepliedOnTime { get; set; }
    public int Closed { get; set; }
    public int Chases { get; set; }
    public int ExtensionsApproved { get; set; }
    public int Scored { get; set; }
    public long EffectivenessSum { get; set; }
    public long ResidentsEvaluationSum { get; set; }
    public long ProcedureSum { get; set; }
    public int ReturnVisits { get; set; }
    public int Satisfied { get; set; }

    public double? MeanEffectiveness => MeanOf(EffectivenessSum);
    public double? MeanResidentsEvaluation => MeanOf(ResidentsEvaluationSum);
    public double? MeanProcedure => MeanOf(ProcedureSum);
    public double? SatisfiedShare => ReturnVisits == 0 ? null : (double)Satisfied / ReturnVisits;

    public void Add(DepartmentTally other)
    {
        Dispatched += other.Dispatched;
        Replied += other.Replied;
        RepliedOnTime += other.RepliedOnTime;
        Closed += other.Closed;
        Chases += other.Chases;
        ExtensionsApproved += other.ExtensionsApproved;
        Scored += other.Scored;
        EffectivenessSum += other.EffectivenessSum;
        ResidentsEvaluationSum += other.ResidentsEvaluationSum;
        ProcedureSum += other.ProcedureSum;
        ReturnVisits += other.ReturnVisits;
        Satisfied += other.Satisfied;
    }

    private double? MeanOf(long sum) => Scored == 0 ? null : (double)sum / Scored;
}

/// <summary>A department's figures on one county day for the requests one unit owns.</summary>
public sealed record DepartmentDay(long DepartmentId, long UnitId, DateOnly Day, DepartmentTally Tally);

/// <summary>A department's requests owned by one unit that are past their deadline without a reply, now.</summary>
public sealed record DepartmentOverdue(long DepartmentId, long UnitId, int Requests);

public sealed record DepartmentName(long Id, string Name, string NameZh);

/// <summary>Departments' records over a period, per department, owning unit and county day, with what is overdue now
/// and the departments named: every department anything of the period (or overdue now) counts for.</summary>
public sealed record DepartmentRecords(IReadOnlyList<DepartmentDay> Days, IReadOnlyList<DepartmentOverdue> OverdueNow,
    IReadOnlyList<DepartmentName> Departments);
