using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Grids;

public sealed class GridRevisionType : EntityGraphType<GridRevision>
{
    protected override void Define()
    {
        Name = "GridRevision";
        Description = "One state of a grid from a day on (网格版本): created, redrawn, households declared, split or "
            + "merged. Never changed; the grid as it was on a day is the highest-numbered revision valid from then.";
        this.RequirePermission(Permissions.GridsRead);
        Field(r => r.Number).Description("1 for the grid as created, then 2, 3, … in the order recorded.");
        Field(r => r.ValidFrom).Description("First day the grid stood so.");
        Field(r => r.Name).Description("The grid's name.");
        Field(r => r.Streets).Description("The streets that drew the grid, joined by \"、\".");
        Field(r => r.Households).Description("Households declared.");
        Field(r => r.BoundaryGeoJson, nullable: true).Description("Boundary as GeoJSON, when drawn.");
        Field(r => r.Reason).Description("Why the revision was recorded: created, redrawn, split from NJ-01, ….");
        Field(r => r.RecordedBy).Description(
            "Who recorded it: the signed-in account's id, or the machine client's id, as the audit log names callers.");
        Field(r => r.RecordedAt).Description("When it was recorded (UTC).");
        RequiredReference<Grid>("grid", r => r.GridId, "The grid revised.");
    }
}
