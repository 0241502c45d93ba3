using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;

namespace Gateway.Api.Requests;

/// <summary>Non-police requests concerning a grid.</summary>
public sealed class GridServiceRequests : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Children<ServiceRequest>("serviceRequests", r => r.GridId, "Non-police requests concerning the grid.");
    }
}

/// <summary>The requests dispatched to a department.</summary>
public sealed class ExternalOrganisationServiceRequests : IEntityFields<ExternalOrganisation>
{
    public void AddTo(EntityGraphType<ExternalOrganisation> type)
    {
        type.Children<ServiceRequest>("serviceRequests", r => r.DepartmentId,
            "For a department: the requests dispatched to it.");
    }
}
