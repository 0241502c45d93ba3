using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Grids;

public sealed class CameraPointType : EntityGraphType<CameraPoint>
{
    protected override void Define()
    {
        Name = "CameraPoint";
        Description = "A video point of the Sharp Eyes (雪亮工程) network or a linked system.";
        this.RequirePermission(Permissions.GridsRead);
        Field(c => c.System).Description("Which monitoring system the point feeds.");
        Field(c => c.Name).Description("Point name.");
        Field(c => c.Location).Description("Where the cameras are mounted.");
        Field(c => c.Cameras).Description("Cameras at the point.");
        Reference<Grid>("grid", c => c.GridId, "The grid the point covers.");
        RequiredReference<OrgUnit>("owner", c => c.OwnerUnitId, "The unit responsible for the point.");
    }
}
