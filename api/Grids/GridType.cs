using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Grids;

public sealed class GridType : EntityGraphType<Grid>
{
    protected override void Define()
    {
        Name = "Grid";
        Description = "A grid (网格) of 300–500 households drawn by streets inside one community, served by one office.";
        this.RequirePermission(Permissions.GridsRead);
        Field(g => g.Code).Description("Grid code, unique within its office.");
        Field(g => g.Name).Description("Grid name.");
        Field(g => g.Streets).Description("Streets and boundary that delimit the grid.");
        Field(g => g.Households).Description("Households in the grid.");
        Field("residentCount", g => g.Residents)
            .Description("People living in the grid.").FieldType.MapsToColumn(nameof(Grid.Residents));
        Field(g => g.BoundaryGeoJson, nullable: true).Description("Boundary polygon as GeoJSON, when drawn.");
        RequiredReference<OrgUnit>("office", g => g.OwnerUnitId, "The community office responsible for the grid.");
        RequiredReference<ExternalOrganisation>("community", g => g.CommunityId, "The community the grid lies in.");
        Children<StandardAddress>("addresses", a => a.GridId, "Standard addresses in the grid.");
        Children<MassParticipationTeam>("teams", t => t.GridId, "Mass-participation teams working in the grid.");
        Children<CameraPoint>("cameraPoints", c => c.GridId, "Video points in the grid.");
    }
}
