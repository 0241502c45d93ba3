using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Offices;

public sealed class OfficeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<OrgUnit>("offices", "Community police offices (社区警务室).",
            db => db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice));
        query.Connection<OrgUnit>("orgUnits", "Every unit of the tree: bureau, stations and offices.",
            db => db.OrgUnits);
        query.Connection<StationSquad>("stationSquads", "Squads and command rooms of the stations.",
            db => db.StationSquads);
        query.Connection<ExternalOrganisation>("externalOrganisations",
            "Organisations outside the police that the county works with.", db => db.ExternalOrganisations);
    }
}
