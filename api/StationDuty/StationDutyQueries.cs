using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.StationDuty;

public sealed class StationDutyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<DutyShift>("dutyShifts", "Shifts on the stations' duty rosters (值班表), cancelled ones too.",
            db => db.DutyShifts);
        query.Connection<StationCaseAssignment>("stationCaseAssignments",
            "Station cases (所办案件) given to people to handle.", db => db.StationCaseAssignments);
        query.Connection<Dispatch>("dispatches", "People sent to incidents by the stations (出警调派).",
            db => db.Dispatches);
    }
}
