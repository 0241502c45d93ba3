using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.Offices;
using GraphQL;

namespace Gateway.Api.Statistics;

/// <summary>What a statistic's rows stand for besides their bucket.</summary>
public enum StatisticsGrouping
{
    /// <summary>One row per bucket: everything in scope together.</summary>
    Scope,

    /// <summary>One row per unit in scope and bucket: the rows each unit owns itself (a station's row leaves out its
    /// offices').</summary>
    Unit,

    /// <summary>One row per grid in scope and bucket, and one for rows tied to no grid.</summary>
    Grid,

    /// <summary>One row per person posted in scope during the period and bucket.</summary>
    Person,
}

/// <summary>Who a row stands for: the members of the grouping asked for, and the unit a grid belongs to or a person
/// was last posted to in the period; a Scope row names the unit the statistics are scoped to.</summary>
public sealed record StatisticsGroup(long? UnitId, string? UnitCode, string? UnitName, long? GridId = null,
    string? GridCode = null, string? GridName = null, long? PersonId = null, string? PersonName = null);

/// <summary>The unit a request is scoped to: the caller's own or one below it that the request narrows to.</summary>
public sealed record StatisticsUnit(long Id, string Path, string Name) : IOwnerRange
{
    /// <summary>The first path after every path below this unit: [Path, PathEnd) is the unit and its
    /// subtree.</summary>
    public string PathEnd => Path[..^1] + (char)(Path[^1] + 1);

    /// <summary>Rows owned by this unit or below it: the caller's tenant filter already applies; this narrows it, and
    /// leaves out rows shared down from above, which are not the scope's to count. A range the path indexes
    /// serve.</summary>
    public Expression<Func<T, bool>> Owns<T>() where T : TenantOwnedEntity
    {
        var (start, end) = (Path, PathEnd);
        return row => string.Compare(row.OwnerPath, start) >= 0 && string.Compare(row.OwnerPath, end) < 0;
    }

    /// <summary>This unit and the units below it, by the same path range.</summary>
    public Expression<Func<OrgUnit, bool>> Covers()
    {
        var (start, end) = (Path, PathEnd);
        return u => string.Compare(u.Path, start) >= 0 && string.Compare(u.Path, end) < 0;
    }
}

/// <summary>
/// One <c>statistics</c> request, checked: its period and buckets, grouping, the unit it is scoped to and any grid or
/// person it narrows to, and the groups that get a row in every bucket (zero when nothing happened), so a
/// dashboard's series never has holes.
/// </summary>
public sealed class StatisticsRequest(StatisticsPeriod period, StatisticsGrouping grouping, StatisticsUnit unit,
    long? gridId, long? personId, IReadOnlyList<StatisticsGroup> groups, int maxRows)
{
    public const string TooManyRows = "TOO_MANY_ROWS";
    public const string UnsupportedCut = "UNSUPPORTED_GROUPING";

    public StatisticsPeriod Period { get; } = period;
    public StatisticsGrouping Grouping { get; } = grouping;
    public StatisticsUnit Unit { get; } = unit;
    public long? GridId { get; } = gridId;
    public long? PersonId { get; } = personId;
    public IReadOnlyList<StatisticsGroup> Groups { get; } = groups;
    public int MaxRows { get; } = maxRows;

    /// <summary>The request's statistics computed side by side (<see cref="StatisticsWork"/>), as many at once as the
    /// machine has cores.</summary>
    internal StatisticsQueue Queue { get; } = new(Environment.ProcessorCount);

    /// <summary>Whether several statistics are asked for, so they are computed side by side; a single one is computed
    /// on the request's own database context, sparing a context and a thread hop.</summary>
    internal bool SideBySide { get; set; }

    /// <summary>Where each group with a key stands in <see cref="Groups"/>; a statistics table keeps its rows in the
    /// same order.</summary>
    private readonly Dictionary<long, int> positionOf = groups.Select((g, i) => (Key: KeyOf(grouping, g), i))
        .Where(p => p.Key is not null).ToDictionary(p => p.Key!.Value, p => p.i);

    /// <summary>Where the "no grid" row stands when grouped by grid, if it has one.</summary>
    private readonly int? noGridPosition = grouping == StatisticsGrouping.Grid
        ? groups.Select((g, i) => (g, i)).Where(p => p.g.GridId is null).Select(p => (int?)p.i).FirstOrDefault()
        : null;

    /// <summary>The unit, grid or person id a group stands for; null for the Scope row and the "no grid"
    /// row.</summary>
    public long? KeyOf(StatisticsGroup group) => KeyOf(Grouping, group);

    /// <summary>Refuses a statistic that cannot be cut the way the request asks, rather than answering it cut
    /// another way.</summary>
    public void Require(string statistic, StatisticsGrouping[] groupings, bool narrowsToGrid = false,
        bool narrowsToPerson = false)
    {
        string? refusal = !groupings.Contains(Grouping)
            ? $"`{statistic}` is grouped by {string.Join(", ", groupings.Select(g => g.ToString().ToUpperInvariant()))}"
                + $", not {Grouping.ToString().ToUpperInvariant()}."
            : GridId is not null && !narrowsToGrid ? $"`{statistic}` cannot be narrowed to a grid."
            : PersonId is not null && !narrowsToPerson ? $"`{statistic}` cannot be narrowed to a person."
            : null;
        if (refusal is not null) throw new ExecutionError(refusal) { Code = UnsupportedCut };
    }

    /// <summary>The group a row belongs to by its unit, grid or person id (null: the Scope row, or the "no grid"
    /// row); null when that key has no group (a unit closed before the period, say), whose rows are then not
    /// counted.</summary>
    public StatisticsGroup? GroupOf(long? key) => PositionOf(key) is { } position ? Groups[position] : null;

    /// <summary>Where <see cref="GroupOf(long?)"/>'s group stands in <see cref="Groups"/>.</summary>
    public int? PositionOf(long? key) => Grouping == StatisticsGrouping.Scope ? 0
        : key is { } id ? positionOf.TryGetValue(id, out var position) ? position : null
        : noGridPosition;

    /// <summary>Rows owned by the unit the request is scoped to or below it (see <see cref="StatisticsUnit.Owns{T}"/>).
    /// </summary>
    public Expression<Func<T, bool>> OwnedInScope<T>() where T : TenantOwnedEntity => Unit.Owns<T>();

    /// <summary>The whole period as one span, for figures that are not cut into buckets.</summary>
    public StatisticsSpan WholePeriod => new(0, Period.FirstDay, Period.FirstDay, Period.EndDay);

    /// <summary>The group of a row by its unit, grid and person, read the way the request groups.</summary>
    public StatisticsGroup? GroupOf(long? unit, long? grid, long? person) => GroupOf(KeyOf(unit, grid, person));

    /// <summary>Where the group of a row by its unit, grid and person stands in <see cref="Groups"/>.</summary>
    public int? PositionOf(long? unit, long? grid, long? person) => PositionOf(KeyOf(unit, grid, person));

    private long? KeyOf(long? unit, long? grid, long? person) => Grouping switch
    {
        StatisticsGrouping.Unit => unit,
        StatisticsGrouping.Grid => grid,
        StatisticsGrouping.Person => person,
        _ => null,
    };

    /// <summary>Refused with <see cref="TooManyRows"/>, before anything is read, when an answer would hold more rows
    /// than the cap.</summary>
    public void CheckRows(int rows)
    {
        if (rows > MaxRows)
            throw new ExecutionError($"This statistic would have {rows:N0} rows, more than the {MaxRows:N0} one answer "
                + "holds: ask for larger buckets, a shorter period, or a narrower unit, or group by unit instead of "
                + "grid or person.") { Code = TooManyRows };
    }

    private static long? KeyOf(StatisticsGrouping grouping, StatisticsGroup group) => grouping switch
    {
        StatisticsGrouping.Unit => group.UnitId,
        StatisticsGrouping.Grid => group.GridId,
        StatisticsGrouping.Person => group.PersonId,
        _ => null,
    };
}
