using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Gateway.Api.FieldWork;

/// <summary>
/// The set-based SQL that computes the rollups from the entries: the rebuild (and the migration that brought the
/// tables, so an existing database gets its totals) and, after a branch of the tree moves, the subtree totals of the
/// units it left and joined. Every statement groups in the database; none reads a row into the process. County days
/// are Asia/Shanghai (UTC+8 all year, <see cref="Data.CountyCalendar"/>): the two engines differ only in how a day and
/// a month are computed from an instant or a date, one instance per engine (<see cref="Of"/>).
/// </summary>
public sealed class FieldWorkRollupSql
{
    public const string DayTotals = "FieldWorkDayTotals";
    public const string UnitTotals = "FieldWorkUnitTotals";

    /// <summary>SQLite's date() over instants stored as UTC text and dates stored as text.</summary>
    public static readonly FieldWorkRollupSql Sqlite = new(
        instant => $"date({instant}, '+8 hours')", day => $"date({day}, 'start of month')");

    /// <summary>PostgreSQL's time zones over timestamptz instants and date columns.</summary>
    public static readonly FieldWorkRollupSql Postgres = new(
        instant => $"({instant} AT TIME ZONE 'Asia/Shanghai')::date",
        day => $"date_trunc('month', {day}::timestamp)::date");

    public static FieldWorkRollupSql Of(DatabaseFacade database) => database.IsNpgsql() ? Postgres : Sqlite;

    private const string Active = $"'{nameof(FieldWorkStatus.Active)}'";
    private const string Own = $"'{nameof(FieldWorkReach.Own)}'";
    private const string Subtree = $"'{nameof(FieldWorkReach.Subtree)}'";
    private const string Day = $"'{nameof(FieldWorkGrain.Day)}'";
    private const string Month = $"'{nameof(FieldWorkGrain.Month)}'";

    private const string UnitColumns =
        """("OwnerUnitId", "OwnerPath", "Reach", "Kind", "Grain", "Start", "Count", "Entries", "ResidentEntries")""";

    private FieldWorkRollupSql(Func<string, string> countyDayOf, Func<string, string> monthOf)
    {
        Rebuild = RebuildStatements(countyDayOf, monthOf);
    }

    /// <summary>Both tables recomputed from the active entries: day totals from the entries, a unit's own totals from
    /// its day totals, subtree totals from the own totals. Run in one transaction.</summary>
    public IReadOnlyList<string> Rebuild { get; }

    private static IReadOnlyList<string> RebuildStatements(Func<string, string> countyDayOf,
        Func<string, string> monthOf) =>
    [
        $"""DELETE FROM "{UnitTotals}";""",
        $"""DELETE FROM "{DayTotals}";""",
        $"""
        INSERT INTO "{DayTotals}"
            ("OwnerUnitId", "OwnerPath", "GridKey", "PersonId", "Kind", "Day", "Count", "Entries", "ResidentEntries")
        SELECT e."OwnerUnitId", MIN(e."OwnerPath"), COALESCE(e."GridId", {FieldWorkDayTotal.NoGrid}), e."PersonId",
            e."Kind", {countyDayOf("e.\"OccurredAt\"")}, SUM(e."Count"), COUNT(*), COUNT(e."ResidentId")
        FROM "FieldWorkEvents" AS e
        WHERE e."Status" = {Active}
        GROUP BY e."OwnerUnitId", COALESCE(e."GridId", {FieldWorkDayTotal.NoGrid}), e."PersonId", e."Kind",
            {countyDayOf("e.\"OccurredAt\"")};
        """,
        $"""
        INSERT INTO "{UnitTotals}" {UnitColumns}
        SELECT d."OwnerUnitId", MIN(d."OwnerPath"), {Own}, d."Kind", {Day}, d."Day", SUM(d."Count"), SUM(d."Entries"),
            SUM(d."ResidentEntries")
        FROM "{DayTotals}" AS d
        GROUP BY d."OwnerUnitId", d."Kind", d."Day";
        """,
        $"""
        INSERT INTO "{UnitTotals}" {UnitColumns}
        SELECT o."OwnerUnitId", MIN(o."OwnerPath"), {Own}, o."Kind", {Month}, {monthOf("o.\"Start\"")},
            SUM(o."Count"), SUM(o."Entries"), SUM(o."ResidentEntries")
        FROM "{UnitTotals}" AS o
        WHERE o."Reach" = {Own} AND o."Grain" = {Day}
        GROUP BY o."OwnerUnitId", o."Kind", {monthOf("o.\"Start\"")};
        """,
        SubtreeFromOwn(""),
    ];

    /// <summary>Recomputes both tables from the entries in one transaction, the context's when it has one; returns the
    /// day totals and unit totals written. Run by the system: the statements pass by the tenant filter.</summary>
    public static Task<(int DayTotals, int UnitTotals)> RebuildAsync(GatewayDbContext db,
        CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            foreach (var statement in Of(db.Database).Rebuild)
                await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
            var written = (await db.FieldWorkDayTotals.CountAsync(cancellationToken),
                await db.FieldWorkUnitTotals.CountAsync(cancellationToken));
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            return written;
        });

    /// <summary>
    /// Inserts the subtree totals of the units <paramref name="unitCondition"/> (a condition on the unit <c>u</c>,
    /// empty for every unit) from the own totals of every unit at or below them. The pairs of a unit and a unit in its
    /// subtree (a path in the range [path, path with its last "/" raised to "0"), which the path index serves) come
    /// first, a few per unit; the own totals are then found by unit id.
    /// </summary>
    public static string SubtreeFromOwn(string unitCondition) => $"""
        WITH "Subtrees" AS MATERIALIZED (
            SELECT u."Id" AS "UnitId", u."Path" AS "UnitPath", d."Id" AS "MemberId"
            FROM "OrgUnits" AS u
            JOIN "OrgUnits" AS d ON d."Path" >= u."Path" AND d."Path" < substr(u."Path", 1, length(u."Path") - 1) || '0'
            {(unitCondition.Length == 0 ? "" : "WHERE " + unitCondition)})
        INSERT INTO "{UnitTotals}" {UnitColumns}
        SELECT s."UnitId", s."UnitPath", {Subtree}, o."Kind", o."Grain", o."Start", SUM(o."Count"), SUM(o."Entries"),
            SUM(o."ResidentEntries")
        FROM "Subtrees" AS s
        JOIN "{UnitTotals}" AS o ON o."OwnerUnitId" = s."MemberId" AND o."Reach" = {Own}
        GROUP BY s."UnitId", s."UnitPath", o."Kind", o."Grain", o."Start";
        """;

    /// <summary>Deletes the subtree totals of the units whose ids are the parameters <paramref name="ids"/>.</summary>
    public static string DeleteSubtreeTotalsOf(string ids) =>
        $"""DELETE FROM "{UnitTotals}" WHERE "Reach" = {Subtree} AND "OwnerUnitId" IN ({ids});""";
}
