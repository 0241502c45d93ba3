using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Mediation;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;
using Gateway.Api.Requests;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Grids;

public sealed class GridType : EntityGraphType<Grid>
{
    public GridType()
    {
        Name = "Grid";
        Description = "A grid (网格) of 300–500 households drawn by streets inside one community, served by one office.";
        this.RequirePermission(Permissions.GridsRead);
        Field(g => g.Code).Description("Grid code, unique within its office.");
        Field(g => g.Name).Description("Grid name.");
        Field(g => g.Streets).Description("Streets and boundary that delimit the grid.");
        Field(g => g.Households).Description("Households in the grid.");
        Field("residentCount", g => g.Residents).Description("People living in the grid.").FieldType.MapsToColumn(nameof(Grid.Residents));
        Field(g => g.BoundaryGeoJson, nullable: true).Description("Boundary polygon as GeoJSON, when drawn.");
        RequiredReference<OrgUnit, OrgUnitType>("office", g => g.OwnerUnitId, "The community office responsible for the grid.");
        RequiredReference<ExternalOrganisation, ExternalOrganisationType>("community", g => g.CommunityId, "The community the grid lies in.");
        Children<StandardAddress, StandardAddressType>("addresses", a => a.GridId, "Standard addresses in the grid.");
        Children<Assignment, AssignmentType>("assignments", a => a.GridId, "Postings of grid workers and officers to this grid.");
        Children<MassParticipationTeam, MassParticipationTeamType>("teams", t => t.GridId, "Mass-participation teams working in the grid.");
        Children<CameraPoint, CameraPointType>("cameraPoints", c => c.GridId, "Video points in the grid.");
        Children<FieldWorkEvent, FieldWorkEventType>("fieldWork", e => e.GridId, "Field work done in the grid.");
        Children<Resident, ResidentType>("residents", r => r.GridId, "Residents on file in the grid (实有人口).");
        Children<House, HouseType>("houses", h => h.GridId, "Houses on file in the grid (实有房屋).");
        Children<RegisteredUnit, RegisteredUnitType>("units", u => u.GridId, "Units on file in the grid (实有单位).");
        Children<MediationCase, MediationCaseType>("mediationCases", c => c.GridId, "Mediation cases that arose in the grid.");
        Children<ServiceRequest, ServiceRequestType>("serviceRequests", r => r.GridId, "Non-police requests concerning the grid.");
    }
}
