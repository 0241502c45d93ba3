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
}
