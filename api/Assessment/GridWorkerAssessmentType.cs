using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Assessment;

public sealed class GridWorkerAssessmentType : EntityGraphType<GridWorkerAssessment>
{
    protected override void Define()
    {
        Name = "GridWorkerAssessment";
        Description = "A community police officer's assessment of a grid worker they manage (网格员考核) for a month, "
            + "quarter or year. The grid workers supplied by the political-legal committee (县委政法委) are managed, "
            + "assessed and deployed by the officer of the office they are placed in.";
        this.RequirePermission(Permissions.GridWorkerAssessmentsRead);
        RequiredReference<Person>("gridWorker", a => a.GridWorkerId, "The grid worker (网格员) assessed.");
        RequiredReference<Person>("assessedBy", a => a.AssessedById,
            "The community police officer who assessed them, posted at the grid worker's office in the period.");
        RequiredReference<OrgUnit>("office", a => a.OwnerUnitId, "The office where both served in the period.");
        Field(a => a.From).Description("First day of the period.");
        Field(a => a.To).Description("Last day of the period.");
        Field(a => a.Score).Description("The score, 0–100, at most one decimal place.");
        Field(a => a.Comment, nullable: true).Description("Why, in the officer's words.");
        Reference<Person>("recordedBy", a => a.RecordedById,
            "Who recorded the assessment; null when a machine client did (the audit log names the client).");
        Field(a => a.RecordedAt).Description("When the assessment was recorded.");
    }
}
