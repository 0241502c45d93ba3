using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;

namespace Gateway.Api.StationDuty;

/// <summary>A person's duty shifts, station cases and dispatches.</summary>
public sealed class PersonStationDuty : IEntityFields<Person>
{
    public void AddTo(EntityGraphType<Person> type)
    {
        type.Children<DutyShift>("dutyShifts", s => s.PersonId, "The person's station duty shifts.");
        type.Children<StationCaseAssignment>("stationCases", c => c.PersonId, "Station cases the person handles.");
        type.Children<Dispatch>("dispatches", d => d.PersonId, "Times the person was sent to an incident.");
    }
}

/// <summary>A station's duty roster, cases and dispatches.</summary>
public sealed class OrgUnitStationDuty : IEntityFields<OrgUnit>
{
    public void AddTo(EntityGraphType<OrgUnit> type)
    {
        type.Children<DutyShift>("dutyShifts", s => s.OwnerUnitId, "For a station: its duty roster (值班表).");
        type.Children<StationCaseAssignment>("stationCases", c => c.OwnerUnitId,
            "For a station: its cases, as given to people.");
        type.Children<Dispatch>("dispatches", d => d.OwnerUnitId, "For a station: the people it sent to incidents.");
    }
}

/// <summary>Dispatches into a grid.</summary>
public sealed class GridDispatches : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Children<Dispatch>("dispatches", d => d.DestinationGridId, "People sent to incidents in the grid.");
    }
}
