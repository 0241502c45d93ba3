namespace Gateway.Api.Statistics;

/// <summary>Rates and means as every statistic gives them: rounded to 4 places, null when nothing was
/// counted.</summary>
public static class StatisticsRates
{
    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/>, 0–1 for a rate.</summary>
    public static double? Of(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
