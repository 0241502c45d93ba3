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
    }
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
