using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Offices;

public sealed class StationSquadType : EntityGraphType<StationSquad>
{
    protected override void Define()
    {
        Name = "StationSquad";
        Description =
            "A squad of a station: criminal investigation, special patrol, community policing, or the command room.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(s => s.Kind).Description("Which of the three squads, or the command room.");
        Field(s => s.Name).Description("English name.");
        Field(s => s.NameZh).Description("Chinese name.");
        RequiredReference<OrgUnit>("station", s => s.OwnerUnitId, "The station the squad belongs to.");
    }
}
