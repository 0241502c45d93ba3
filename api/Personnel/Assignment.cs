using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Offices;

namespace Gateway.Api.Personnel;

public enum AssignmentRole
{
    [ChineseName("警务室民警")] OfficePolice,
    [ChineseName("警务室辅警")] OfficeAuxiliary,
    [ChineseName("网格员")] GridWorker,
    [ChineseName("派出所民警")] StationOfficer,
}

/// <summary>A dated posting (岗位任职) of a person to a unit (and grid or squad): the staffing history. Never deleted:
/// a posting ends by its <see cref="To"/>.</summary>
public sealed class Assignment : TenantOwnedEntity, IVersioned
{
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public long UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    public long? SquadId { get; set; }
    public StationSquad? Squad { get; set; }
    public AssignmentRole Role { get; set; }
    public DateOnly From { get; set; }
    /// <summary>Last day of the posting; null while it runs.</summary>
    public DateOnly? To { get; set; }
    public long? AssignedById { get; set; }
    public Person? AssignedBy { get; set; }
    public long? EndedById { get; set; }
    public Person? EndedBy { get; set; }
    public int Version { get; set; }
}
