using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Requests;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Offices;

public sealed class ExternalOrganisationType : EntityGraphType<ExternalOrganisation>
{
    public ExternalOrganisationType()
    {
        Name = "ExternalOrganisation";
        Description = "An organisation outside the police: the political-legal committee, the 4312345 centre, a department or a community.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(o => o.Kind).Description("What kind of organisation.");
        Field(o => o.Name).Description("English name.");
        Field(o => o.NameZh).Description("Chinese name.");
        Field(o => o.Hotline, nullable: true).Description("Public hotline, e.g. 4312345.");
        Children<Grid, GridType>("grids", g => g.CommunityId, "For a community: the grids drawn inside it.");
        Children<ServiceRequest, ServiceRequestType>("serviceRequests", r => r.DepartmentId, "For a department: the requests dispatched to it.");
    }
}
