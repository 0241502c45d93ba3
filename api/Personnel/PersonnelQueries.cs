using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Personnel;

public sealed class PersonnelQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Person>("personnel", "Police, auxiliary police, grid workers and mediation members.",
            db => db.People);
        query.Connection<Assignment>("assignments", "Dated postings (岗位任职) of people to units, grids and squads.",
            db => db.Assignments);
        query.Connection<LeavePeriod>("leavePeriods",
            "Rest days, annual and sick leave and training of people whose files the caller keeps.",
            db => db.LeavePeriods);
    }
}
