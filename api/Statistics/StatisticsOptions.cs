namespace Gateway.Api.Statistics;

public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>Rows one statistic may answer with; whole aggregates come back unpaged, so a larger one is refused
    /// with a message saying how to cut it.</summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>Counts about informants below this (k) come back as null, marked suppressed, with whatever cell would
    /// give them away by subtraction.</summary>
    public int SuppressBelow { get; set; } = 5;

    /// <summary>How old a registry record's latest write may be and still count as fresh or aging.</summary>
    public RegistryFreshnessOptions Freshness { get; set; } = new();
}

/// <summary>Registry freshness (信息鲜活度): a record is fresh while its latest write (its entry, an update, a move
/// or a verification) lies within <see cref="FreshDays"/> of the day counted, aging within <see cref="AgingDays"/>,
/// stale beyond.</summary>
public sealed class RegistryFreshnessOptions
{
    public int FreshDays { get; set; } = 90;
    public int AgingDays { get; set; } = 365;
}
