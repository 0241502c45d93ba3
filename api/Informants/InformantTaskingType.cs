using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class InformantTaskingType : EntityGraphType<InformantTasking>
{
    protected override void Define()
    {
        Name = "InformantTasking";
        Description = "A collection direction given to an informant (布置任务), to be reported on by a day.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(t => t.Direction).Description("What the informant is to find out.");
        Field(t => t.DueBy).Description("Day by which the informant is to report.");
        Reference<Person>("taskedBy", t => t.TaskedById, "The officer who gave the direction.");
        Field(t => t.TaskedAt).Description("When the direction was recorded (UTC).");
        RequiredReference<Informant>("informant", t => t.InformantId, "The informant tasked.");
        RequiredReference<OrgUnit>("unit", t => t.OwnerUnitId, "The unit that keeps the record.");
    }
}
