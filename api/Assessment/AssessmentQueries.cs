using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Assessment;

public sealed class AssessmentQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<DutyCategory>("dutyCategories",
            "The five categories of community duties (职责五大类), each with its sub-items.", db => db.DutyCategories);
        query.Connection<DutyItem>("dutyItems",
            "The duty catalogue's sub-items (职责细目), retired ones included; the bureau's full list has 124.",
            db => db.DutyItems);
        query.Connection<OfficerAssessment>("officerAssessments",
            "Three-party assessments (三方考核) of community police officers.", db => db.OfficerAssessments);
        query.Connection<GridWorkerAssessment>("gridWorkerAssessments",
            "Community police officers' assessments of the grid workers they manage (网格员考核).",
            db => db.GridWorkerAssessments);
    }
}
