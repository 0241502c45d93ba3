using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.FieldWork;

/// <summary>Whose field work a unit total counts: the unit's own entries, or those of the unit and every unit below
/// it.</summary>
public enum FieldWorkReach { Own, Subtree }

/// <summary>The stretch a total covers: one county day, or one calendar month (starting on its first day).</summary>
public enum FieldWorkGrain { Day, Month }

/// <summary>
/// Active field work of one person, owned by one unit, in one grid (<see cref="NoGrid"/> for none), of one kind, on
/// one county day, summed: the finest grain statistics read instead of the entries. Kept by
/// <see cref="FieldWorkRollups"/> in the transaction that records, corrects or voids the entries; internal data, not a
/// graph type.
/// </summary>
[WrittenBySystem]
public sealed class FieldWorkDayTotal : TenantOwnedEntity
{
    /// <summary>The grid key of entries that name no grid: a key column that is never null, so an upsert can name
    /// it.</summary>
    public const long NoGrid = 0;

    public long GridKey { get; set; }
    public long PersonId { get; set; }
    public FieldWorkKind Kind { get; set; }
    public DateOnly Day { get; set; }
    public int Count { get; set; }
    public int Entries { get; set; }
    /// <summary>Entries that name a resident (a special-group service counts only then).</summary>
    public int ResidentEntries { get; set; }
}

/// <summary>
/// Active field work of one kind in one day or month at one unit (<see cref="FieldWorkReach.Own"/>) or in its whole
/// subtree (<see cref="FieldWorkReach.Subtree"/>), summed, and owned by that unit: a caller reads the subtree totals of
/// the units in its scope only. A county's figures over a period are a handful of these rows. Kept with
/// <see cref="FieldWorkDayTotal"/>; internal data, not a graph type.
/// </summary>
[WrittenBySystem]
public sealed class FieldWorkUnitTotal : TenantOwnedEntity
{
    public FieldWorkReach Reach { get; set; }
    public FieldWorkKind Kind { get; set; }
    public FieldWorkGrain Grain { get; set; }
    /// <summary>The day, or the first day of the month.</summary>
    public DateOnly Start { get; set; }
    public int Count { get; set; }
    public int Entries { get; set; }
    public int ResidentEntries { get; set; }
}
