using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Offices;

public sealed class OfficeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<OrgUnit, OrgUnitType>("offices", "Community police offices (社区警务室).",
            db => db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice));
        query.Connection<OrgUnit, OrgUnitType>("orgUnits", "Every unit of the tree: bureau, stations and offices.",
            db => db.OrgUnits);
        query.Connection<StationSquad, StationSquadType>("stationSquads", "Squads and command rooms of the stations.",
            db => db.StationSquads);
        query.Connection<ExternalOrganisation, ExternalOrganisationType>("externalOrganisations",
            "Organisations outside the police that the county works with.", db => db.ExternalOrganisations);
    }
}
