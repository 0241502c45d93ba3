using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Assessment;

public sealed class AssessmentScoreEntryType : EntityGraphType<AssessmentScoreEntry>
{
    protected override void Define()
    {
        Name = "AssessmentScoreEntry";
        Description = "One party's score of an officer's assessment as it was recorded. Never changed: a score "
            + "recorded again adds an entry, and the earlier one stays.";
        this.RequirePermission(Permissions.AssessmentRead);
        RequiredReference<OfficerAssessment>("assessment", e => e.AssessmentId, "The assessment scored.");
        Field(e => e.Party).Description("Bureau (县局), community (社区) or residents (群众).");
        Field(e => e.Score).Description("The score, 0–100, at most one decimal place.");
        Field(e => e.Comment, nullable: true).Description("Why, in the recorder's words.");
        Reference<Person>("recordedBy", e => e.RecordedById,
            "Who recorded the score; null when a machine client did (the audit log names the client).");
        RequiredReference<OrgUnit>("recordedIn", e => e.RecordedInUnitId,
            "The unit of the caller who recorded it: above the office for the bureau's score.");
        Field(e => e.RecordedAt).Description("When the score was recorded.");
    }
}
