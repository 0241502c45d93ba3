using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Personnel;

namespace Gateway.Api.FieldWork;

public enum FieldWorkKind
{
    ResidentVisit, HomeVisit, EnterpriseVisit, SpecialGroupService, PopulationRecordEntry, VehicleCheck,
    Patrol, Publicity, Inspection, DisputeResolution, Intelligence, ServiceToResidents,
}

/// <summary>One timestamped piece of field work; quotas and the "three musts" are computed from these.</summary>
public sealed class FieldWorkEvent : TenantOwnedEntity
{
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    /// <summary>The resident served or visited, when tied to one; the registry declares the relation.</summary>
    public long? ResidentId { get; set; }
    public FieldWorkKind Kind { get; set; }
    public DateTime OccurredAt { get; set; }
    public int Count { get; set; } = 1;
    public string? Note { get; set; }
}
