using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;

namespace Gateway.Api.Personnel;

/// <summary>
/// Who staffed a community office on one day, against the "1+2+N" model (配置 1+2+N): one community police officer,
/// two auxiliary police and at least one grid worker, every grid of the office covered. Computed from the postings
/// that cover the day, never stored.
/// </summary>
public sealed record OfficeStaffing(
    long OfficeId, DateOnly On, IReadOnlyList<Person> Police, IReadOnlyList<Person> Auxiliaries,
    IReadOnlyList<Person> GridWorkers, IReadOnlyList<GridStaffing> Grids)
{
    public const int RequiredPolice = 1;
    public const int RequiredAuxiliaries = 2;
    public const int MinimumGridWorkers = 1;

    /// <summary>The day's staffing the reform's way, e.g. "1+2+5".</summary>
    public string Formula => $"{Police.Count}+{Auxiliaries.Count}+{GridWorkers.Count}";

    /// <summary>Where the office falls short of the model, in the order the model names its seats.</summary>
    public IReadOnlyList<StaffingDeviation> Gaps { get; } = [.. GapsOf(Police, Auxiliaries, GridWorkers, Grids)];

    /// <summary>More than the model asks for: allowed, and reported.</summary>
    public IReadOnlyList<StaffingDeviation> Surpluses { get; } = [.. SurplusesOf(Police, Auxiliaries)];

    public bool MeetsModel => Gaps.Count == 0;

    private static IEnumerable<StaffingDeviation> GapsOf(IReadOnlyList<Person> police,
        IReadOnlyList<Person> auxiliaries, IReadOnlyList<Person> gridWorkers, IReadOnlyList<GridStaffing> grids)
    {
        var count = new OfficeStaffingCount(police.Count, auxiliaries.Count, gridWorkers.Count, grids.Count,
            grids.Count(g => g.GridWorkers.Count == 0));
        foreach (var gap in count.Gaps.Distinct())
        {
            if (gap == StaffingDeviationCode.NoPolice)
                yield return new(gap, new("无社区民警：1+2+N 需 1 名社区民警。", "No community police officer: 1+2+N needs one."));
            if (gap == StaffingDeviationCode.AuxiliariesShort)
                yield return new(gap, new($"辅警 {auxiliaries.Count} 名，少于 1+2+N 所需的 2 名。",
                    $"{auxiliaries.Count} auxiliary police, fewer than the 2 that 1+2+N needs."));
            if (gap == StaffingDeviationCode.NoGridWorkers)
                yield return new(gap, new("无网格员：1+2+N 需至少 1 名网格员。", "No grid worker: 1+2+N needs at least one."));
            if (gap == StaffingDeviationCode.GridWithoutGridWorker)
                foreach (var grid in grids.Where(g => g.GridWorkers.Count == 0))
                    yield return new(gap, new($"网格 {grid.Grid.Code}（{grid.Grid.Name}）无网格员。",
                        $"Grid {grid.Grid.Code} ({grid.Grid.Name}) has no grid worker."), grid.Grid);
        }
    }

    private static IEnumerable<StaffingDeviation> SurplusesOf(IReadOnlyList<Person> police,
        IReadOnlyList<Person> auxiliaries)
    {
        if (police.Count > RequiredPolice)
            yield return new(StaffingDeviationCode.PoliceSurplus,
                new($"社区民警 {police.Count} 名，多于 1+2+N 所需的 1 名。",
                    $"{police.Count} community police officers, more than the 1 that 1+2+N needs."));
        if (auxiliaries.Count > RequiredAuxiliaries)
            yield return new(StaffingDeviationCode.AuxiliariesSurplus,
                new($"辅警 {auxiliaries.Count} 名，多于 1+2+N 所需的 2 名。",
                    $"{auxiliaries.Count} auxiliary police, more than the 2 that 1+2+N needs."));
    }
}

/// <summary>One grid of the office and the grid workers posted to it on the day.</summary>
public sealed record GridStaffing(Grid Grid, IReadOnlyList<Person> GridWorkers);

/// <summary>An office's staffing on a day in numbers, and where it falls short of 1+2+N: the model's one
/// check.</summary>
public sealed record OfficeStaffingCount(int Police, int Auxiliaries, int GridWorkers, int Grids,
    int GridsWithoutGridWorker)
{
    /// <summary>The gaps in the order the model names its seats, one for each grid without a grid worker.</summary>
    public IReadOnlyList<StaffingDeviationCode> Gaps { get; } =
        [.. GapsOf(Police, Auxiliaries, GridWorkers, GridsWithoutGridWorker)];

    public bool MeetsModel => Gaps.Count == 0;

    /// <summary>The same numbers (the record's own equality would compare the gap lists by reference).</summary>
    public bool SameAs(OfficeStaffingCount other) =>
        (Police, Auxiliaries, GridWorkers, Grids, GridsWithoutGridWorker)
        == (other.Police, other.Auxiliaries, other.GridWorkers, other.Grids, other.GridsWithoutGridWorker);

    private static IEnumerable<StaffingDeviationCode> GapsOf(int police, int auxiliaries, int gridWorkers,
        int gridsWithoutGridWorker)
    {
        if (police < OfficeStaffing.RequiredPolice) yield return StaffingDeviationCode.NoPolice;
        if (auxiliaries < OfficeStaffing.RequiredAuxiliaries) yield return StaffingDeviationCode.AuxiliariesShort;
        if (gridWorkers < OfficeStaffing.MinimumGridWorkers) yield return StaffingDeviationCode.NoGridWorkers;
        for (var i = 0; i < gridsWithoutGridWorker; i++) yield return StaffingDeviationCode.GridWithoutGridWorker;
    }
}

public enum StaffingDeviationCode
{
    NoPolice, AuxiliariesShort, NoGridWorkers, GridWithoutGridWorker, PoliceSurplus, AuxiliariesSurplus,
}

/// <summary>A way the day's staffing departs from 1+2+N, with a message for people and the grid it concerns, if
/// any.</summary>
public sealed record StaffingDeviation(StaffingDeviationCode Code, LocalizedText Message, Grid? Grid = null);
