using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;

namespace Gateway.Api.Personnel;

/// <summary>Postings to a unit.</summary>
public sealed class OrgUnitAssignments : IEntityFields<OrgUnit>
{
    public void AddTo(EntityGraphType<OrgUnit> type)
    {
        type.Children<Assignment>("assignments", a => a.UnitId, "Postings to this unit, past and current.");
    }
}

/// <summary>Postings to a squad.</summary>
public sealed class StationSquadAssignments : IEntityFields<StationSquad>
{
    public void AddTo(EntityGraphType<StationSquad> type)
    {
        type.Children<Assignment>("assignments", a => a.SquadId, "Postings to this squad.");
    }
}

/// <summary>Postings to a grid.</summary>
public sealed class GridAssignments : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Children<Assignment>("assignments", a => a.GridId, "Postings of grid workers and officers to this grid.");
    }
}
