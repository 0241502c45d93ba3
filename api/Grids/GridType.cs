using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Grids;

public sealed class GridType : EntityGraphType<Grid>
{
    protected override void Define()
    {
        Name = "Grid";
        Description = "A grid (网格) drawn by streets inside one community, served by one office, as it now stands; "
            + "`revisions` keep it as it was on any day. 300–500 households is the target.";
        this.RequirePermission(Permissions.GridsRead);
        Field(g => g.Code).Description("Grid code, unique within its office.");
        Field(g => g.Name).Description("Grid name.");
        Field(g => g.Streets).Description("The streets that draw the grid, joined by \"、\".");
        Field(g => g.Households).Description("Households declared in the grid.");
        Field<NonNullGraphType<BooleanGraphType>>("householdsWithinTarget")
            .Description("Whether the households declared lie within the 300–500 target (outside it is allowed).")
            .Resolve(ctx => Grid.IsWithinTarget(ctx.Source.Households))
            .FieldType.ReadsColumns(nameof(Grid.Households));
        Field("residentCount", g => g.Residents)
            .Description("People living in the grid.").FieldType.MapsToColumn(nameof(Grid.Residents));
        Field(g => g.BoundaryGeoJson, nullable: true)
            .Description("Boundary as a GeoJSON Polygon or MultiPolygon geometry, when drawn.");
        Field(g => g.OpenedOn).Description("First day the grid ran.");
        Field(g => g.RetiredOn, nullable: true)
            .Description("Last day the grid ran (retired, split or merged); null while it runs.");
        Field(g => g.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
        RequiredReference<OrgUnit>("office", g => g.OwnerUnitId, "The community office responsible for the grid.");
        RequiredReference<ExternalOrganisation>("community", g => g.CommunityId, "The community the grid lies in.");
        Children<GridRevision>("revisions", r => r.GridId,
            "The grid's revisions (网格版本), oldest first unless ordered: the grid as it was on a day is the revision "
            + "with the highest number valid from that day or before.");
        Children<GridSuccession>("successors", s => s.PredecessorId,
            "For a grid split or merged: the grids that took its streets over (网格沿革).");
        Children<GridSuccession>("predecessors", s => s.SuccessorId,
            "For a grid made by a split or a merge: the grids it came from (网格沿革).");
        Children<StandardAddress>("addresses", a => a.GridId, "Standard addresses in the grid.");
        Children<MassParticipationTeam>("teams", t => t.GridId, "Mass-participation teams working in the grid.");
        Children<CameraPoint>("cameraPoints", c => c.GridId, "Video points in the grid.");
    }
}
