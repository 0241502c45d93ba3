using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;

namespace Gateway.Api.Grids;

/// <summary>The grids an office is responsible for.</summary>
public sealed class OrgUnitGrids : IEntityFields<OrgUnit>
{
    public void AddTo(EntityGraphType<OrgUnit> type)
    {
        type.Children<Grid>("grids", g => g.OwnerUnitId, "Grids this office is responsible for.");
    }
}

/// <summary>The grids drawn inside a community.</summary>
public sealed class ExternalOrganisationGrids : IEntityFields<ExternalOrganisation>
{
    public void AddTo(EntityGraphType<ExternalOrganisation> type)
    {
        type.Children<Grid>("grids", g => g.CommunityId, "For a community: the grids drawn inside it.");
    }
}
