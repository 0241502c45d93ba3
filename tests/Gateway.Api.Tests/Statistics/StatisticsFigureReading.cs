using System.Text.Json.Nodes;

namespace Gateway.Api.Tests.Statistics;

public static class StatisticsFigureReading
{
    /// <summary>A whole-number figure of a statistics row.</summary>
    public static int Figure(this JsonNode row, string column) =>
        (row[column] ?? throw new InvalidOperationException($"No `{column}` in {row.ToJsonString()}"))
            .GetValue<int>();
}
