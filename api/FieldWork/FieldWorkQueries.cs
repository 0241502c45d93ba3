using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.FieldWork;

public sealed class FieldWorkQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<FieldWorkEvent>("fieldWork",
            "Field-work log: visits, patrols, record entries, vehicle checks and services, "
            + "one entry per piece of work.",
            db => db.FieldWorkEvents);
    }
}
