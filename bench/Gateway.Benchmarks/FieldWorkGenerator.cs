using System.Data.Common;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Benchmarks;

/// <summary>
/// Bulk field work over the seeded county: the seeded people, grids and offices, every kind, three months,
/// counts 1–20, all active; the rollups are then recomputed to count them.
/// </summary>
internal static class FieldWorkGenerator
{
    private static readonly DateTime Start = new(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly int SpanSeconds = (int)TimeSpan.FromDays(91).TotalSeconds;

    public static async Task InsertAsync(GatewayDbContext db, int rows, Random random)
    {
        // Each row copies the person, grid and owner of a seeded row, so it lands in the log where that person's work
        // is kept.
        var templates = await db.FieldWorkEvents
            .Select(e => new { e.PersonId, e.GridId, e.OwnerUnitId, e.OwnerPath })
            .Distinct()
            .ToListAsync();
        var kinds = Enum.GetValues<FieldWorkKind>();

        // Raw prepared INSERTs in one transaction: SaveChanges would track, guard and stamp 100k rows for nothing.
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var insert = db.Database.GetDbConnection().CreateCommand();
        insert.Transaction = transaction.GetDbTransaction();
        insert.CommandText = """
            INSERT INTO "FieldWorkEvents" ("PersonId", "GridId", "Kind", "OccurredAt", "ReceivedAt", "Count",
                "OwnerUnitId", "OwnerPath", "Status", "Version")
            VALUES ($person, $grid, $kind, $occurredAt, $occurredAt, $count, $unit, $path, 'Active', 0)
            """;
        var (person, grid, kind, occurredAt, count, unit, path) = (
            Add(insert, "$person"), Add(insert, "$grid"), Add(insert, "$kind"),
            Add(insert, "$occurredAt"), Add(insert, "$count"), Add(insert, "$unit"), Add(insert, "$path"));
        insert.Prepare();
        for (var i = 0; i < rows; i++)
        {
            var template = templates[random.Next(templates.Count)];
            person.Value = template.PersonId;
            grid.Value = (object?)template.GridId ?? DBNull.Value;
            kind.Value = kinds[random.Next(kinds.Length)].ToString(); // Enums are stored by name.
            occurredAt.Value = Start.AddSeconds(random.Next(SpanSeconds));
            count.Value = random.Next(1, 21);
            unit.Value = template.OwnerUnitId;
            path.Value = template.OwnerPath;
            await insert.ExecuteNonQueryAsync();
        }
        await FieldWorkRollupSql.RebuildAsync(db, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
