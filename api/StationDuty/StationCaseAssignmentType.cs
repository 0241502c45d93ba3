using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.StationDuty;

public sealed class StationCaseAssignmentType : EntityGraphType<StationCaseAssignment>
{
    protected override void Define()
    {
        Name = "StationCaseAssignment";
        Description = "A station case (所办案件) given to a person to handle. Office police and auxiliaries never "
            + "handle one (三不, the \"three nots\").";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(c => c.CaseNumber).Description("The station's case number (案件编号).");
        Field(c => c.Title).Description("Short title of the case.");
        Field(c => c.AssignedOn).Description("The day the case was given to the person.");
        RequiredReference<OrgUnit>("station", c => c.OwnerUnitId, "The station the case belongs to.");
        RequiredReference<Person>("person", c => c.PersonId, "Who handles the case.");
    }
}
