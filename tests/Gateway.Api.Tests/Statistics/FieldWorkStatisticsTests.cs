using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Statistics;

/// <summary>Field work by kind, read from the rollups, against a recount over the entries themselves.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class FieldWorkStatisticsTests(GatewayApiFactory factory)
{
    private const string Query = """
        query($from: Instant!, $to: Instant!, $bucket: StatisticsBucket!, $groupBy: StatisticsGrouping!, $gridId: ID) {
          statistics(from: $from, to: $to, bucket: $bucket, groupBy: $groupBy, gridId: $gridId) {
            fieldWork { bucket from to unitId gridId personId entries total residentVisit vehicleCheck patrol }
          }
        }
        """;

    [Theory]
    [InlineData("SCOPE", "MONTH", "2026-01-01", "2027-01-01")]
    [InlineData("UNIT", "QUARTER", "2026-02-15", "2026-11-03")]
    [InlineData("GRID", "WEEK", "2026-09-01", "2026-11-01")]
    [InlineData("PERSON", "DAY", "2026-10-01", "2026-11-01")]
    public async Task Every_row_equals_a_recount_of_the_active_entries(string groupBy, string bucket, string from,
        string to)
    {
        var (first, end) = (DateOnly.Parse(from), DateOnly.Parse(to));
        var (start, stop) = (CountyCalendar.StartOf(first), CountyCalendar.StartOf(end));
        var entries = await factory.WithDbAsync(db => db.FieldWorkEvents.AsNoTracking()
            .Where(e => e.Status == FieldWorkStatus.Active && e.OccurredAt >= start && e.OccurredAt < stop)
            .Select(e => new { e.OwnerUnitId, e.GridId, e.PersonId, e.Kind, e.Count, e.OccurredAt }).ToListAsync());
        var rows = (await factory.CreateGraphQLClient("demo-bureau").QueryAsync(Query,
            new { from, to, bucket, groupBy }))["statistics"]!["fieldWork"]!.AsArray().Select(r => r!).ToList();

        Assert.Equal(entries.Count, rows.Sum(r => r["entries"]!.GetValue<int>()));
        Assert.Equal(entries.Sum(e => e.Count), rows.Sum(r => r["total"]!.GetValue<int>()));
        foreach (var row in rows)
        {
            var (bucketFrom, bucketTo) = (DateTimeOffset.Parse(row.Str("from")).UtcDateTime,
                DateTimeOffset.Parse(row.Str("to")).UtcDateTime);
            var inBucket = entries.Where(e => e.OccurredAt >= bucketFrom && e.OccurredAt < bucketTo);
            var mine = inBucket.Where(e => groupBy switch
            {
                "UNIT" => Id(row, "unitId", "OrgUnit") == e.OwnerUnitId,
                "GRID" => Id(row, "gridId", "Grid") == e.GridId,
                "PERSON" => Id(row, "personId", "Person") == e.PersonId,
                _ => true,
            }).ToList();
            Assert.Equal(mine.Count, row["entries"]!.GetValue<int>());
            Assert.Equal(mine.Where(e => e.Kind == FieldWorkKind.ResidentVisit).Sum(e => e.Count),
                row["residentVisit"]!.GetValue<int>());
            Assert.Equal(mine.Where(e => e.Kind == FieldWorkKind.VehicleCheck).Sum(e => e.Count),
                row["vehicleCheck"]!.GetValue<int>());
        }
    }

    private static long? Id(System.Text.Json.Nodes.JsonNode row, string column, string type) =>
        row[column]?.GetValue<string>() is { } id ? JsonExtensions.RowId(id, type) : null;
}
