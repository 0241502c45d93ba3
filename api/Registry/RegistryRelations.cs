using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;

namespace Gateway.Api.Registry;

/// <summary>The registry records of a grid.</summary>
public sealed class GridRegistry : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Children<Resident>("residents", r => r.GridId, "Residents on file in the grid (实有人口).");
        type.Children<House>("houses", h => h.GridId, "Houses on file in the grid (实有房屋).");
        type.Children<RegisteredUnit>("units", u => u.GridId, "Units on file in the grid (实有单位).");
    }
}

/// <summary>The registry records at a standard address.</summary>
public sealed class StandardAddressRegistry : IEntityFields<StandardAddress>
{
    public void AddTo(EntityGraphType<StandardAddress> type)
    {
        type.Children<Resident>("residents", r => r.AddressId, "Residents on file at the address.");
        type.Children<House>("houses", h => h.AddressId, "Houses on file at the address.");
        type.Children<RegisteredUnit>("units", u => u.AddressId, "Units on file at the address.");
        type.Field(a => a.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
        type.Children<RegistryRevision>("revisions", r => r.StandardAddressId,
            "Every write to the address: who, when and what changed.");
    }
}

/// <summary>The history of each registry record, and the controls of a key person.</summary>
public sealed class RegistryRecordHistory
    : IEntityFields<Resident>, IEntityFields<House>, IEntityFields<RegisteredUnit>
{
    private const string Revisions = "Every write to the record: who, when, why and what changed.";

    public void AddTo(EntityGraphType<Resident> type)
    {
        type.Children<RegistryRevision>("revisions", r => r.ResidentId, Revisions);
        type.Children<KeyPersonControl>("keyPersonControls", c => c.ResidentId,
            "Controls of the resident as a key person (重点人口管控), one per person-time.");
    }

    public void AddTo(EntityGraphType<House> type) =>
        type.Children<RegistryRevision>("revisions", r => r.HouseId, Revisions);

    public void AddTo(EntityGraphType<RegisteredUnit> type) =>
        type.Children<RegistryRevision>("revisions", r => r.RegisteredUnitId, Revisions);
}

/// <summary>Field work tied to a resident: visits and special-group services, records entered.</summary>
public sealed class ResidentFieldWork : IEntityFields<Resident>, IEntityFields<FieldWorkEvent>
{
    public void AddTo(EntityGraphType<Resident> type)
    {
        type.Children<FieldWorkEvent>("fieldWork", e => e.ResidentId, "Field work done for or about the resident.");
    }

    public void AddTo(EntityGraphType<FieldWorkEvent> type)
    {
        type.Reference<Resident>("resident", e => e.ResidentId, "The resident visited or served, when tied to one.");
    }
}
