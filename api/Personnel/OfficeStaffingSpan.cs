using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Personnel;

/// <summary>
/// An office's staffing in numbers over days on which it stays the same (<see cref="From"/> to <see cref="To"/>, both
/// counted; To null while it holds): the staffing rollup statistics read instead of the postings and grids. An
/// office's spans cover exactly the days it is open, a day without postings too, and change wherever a posting or a
/// grid starts or ends. Owned by the office; kept by <see cref="OfficeStaffingRollup"/> in the transaction of every
/// save that changes postings, grids or offices; internal data, not a graph type.
/// </summary>
[WrittenBySystem]
public sealed class OfficeStaffingSpan : TenantOwnedEntity
{
    /// <summary>The first day of an office open since before the records (no opening day).</summary>
    public static readonly DateOnly SinceRecords = DateOnly.MinValue;

    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public int Police { get; set; }
    public int Auxiliaries { get; set; }
    public int GridWorkers { get; set; }
    public int Grids { get; set; }
    public int GridsWithoutGridWorker { get; set; }

    public bool Covers(DateOnly on) => From <= on && (To == null || To >= on);

    public OfficeStaffingCount Count() => new(Police, Auxiliaries, GridWorkers, Grids, GridsWithoutGridWorker);
}
