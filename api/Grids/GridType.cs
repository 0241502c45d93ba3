using Gateway.Api.GraphQL.Relay;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;

namespace Gateway.Api.Grids;

public sealed class GridType : EntityGraphType<Grid>
{
    public GridType()
    {
        Name = "Grid";
        Description = "A grid (网格) of 300–500 households drawn by streets inside one community, served by one office.";
        Field(g => g.Code).Description("Grid code, unique within its office.");
        Field(g => g.Name).Description("Grid name.");
        Field(g => g.Streets).Description("Streets and boundary that delimit the grid.");
        Field(g => g.Households).Description("Households in the grid.");
        Field("residentCount", g => g.Residents).Description("People living in the grid.");
        Field(g => g.BoundaryGeoJson, nullable: true).Description("Boundary polygon as GeoJSON, when drawn.");
        RequiredReference<OrgUnit, OrgUnitType>("office", g => g.OwnerUnitId, "The community office responsible for the grid.");
        RequiredReference<ExternalOrganisation, ExternalOrganisationType>("community", g => g.CommunityId, "The community the grid lies in.");
        Children<StandardAddress, StandardAddressType>("addresses", a => a.GridId, "Standard addresses in the grid.");
        Children<Assignment, AssignmentType>("assignments", a => a.GridId, "Postings of grid workers and officers to this grid.");
        Children<MassParticipationTeam, MassParticipationTeamType>("teams", t => t.GridId, "Mass-participation teams working in the grid.");
        Children<CameraPoint, CameraPointType>("cameraPoints", c => c.GridId, "Video points in the grid.");
    }
}
