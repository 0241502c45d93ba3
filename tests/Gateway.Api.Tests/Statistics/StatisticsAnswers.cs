using System.Globalization;
using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Statistics;

/// <summary>Reading one statistic's rows, and the columns every row has, in the statistics tests.</summary>
internal static class StatisticsAnswers
{
    public static string Query(string statistic, string columns) => $$"""
        query($from: Instant!, $to: Instant!, $bucket: StatisticsBucket!, $groupBy: StatisticsGrouping!,
              $unitId: ID, $gridId: ID) {
          statistics(from: $from, to: $to, bucket: $bucket, groupBy: $groupBy, unitId: $unitId, gridId: $gridId) {
            {{statistic}} { bucket unitId gridId {{columns}} }
          }
        }
        """;

    public static object Variables(string bucket, string groupBy, string from = "2026-01-01", string to = "2027-01-01",
        string? unitId = null, string? gridId = null) => new { from, to, bucket, groupBy, unitId, gridId };

    public static async Task<List<JsonNode>> RowsAsync(this GraphQLClient client, string statistic, string columns,
        object variables) =>
        (await client.QueryAsync(Query(statistic, columns), variables))["statistics"]!.Items(statistic);

    public static DateOnly Bucket(this JsonNode row) =>
        DateOnly.ParseExact(row.Str("bucket")[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static long Unit(this JsonNode row) => JsonExtensions.RowId(row.Str("unitId"), "OrgUnit");

    public static long? Grid(this JsonNode row) =>
        row["gridId"] is { } id ? JsonExtensions.RowId(id.GetValue<string>(), "Grid") : null;

    public static int Int(this JsonNode row, string column) => row[column]!.GetValue<int>();

    public static int? IntOrNull(this JsonNode row, string column) => row[column]?.GetValue<int>();

    public static double? Double(this JsonNode row, string column) => row[column]?.GetValue<double>();

    /// <summary>The first day of the county month an instant (UTC) falls in.</summary>
    public static DateOnly MonthOf(DateTime utc)
    {
        var day = CountyCalendar.DayOf(utc);
        return new DateOnly(day.Year, day.Month, 1);
    }

    public static double? Rate(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
