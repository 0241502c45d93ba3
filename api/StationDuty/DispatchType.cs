using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.StationDuty;

public sealed class DispatchType : EntityGraphType<Dispatch>
{
    protected override void Define()
    {
        Name = "Dispatch";
        Description = "A person sent to an incident (出警调派) by a station's command room. Office police and "
            + "auxiliaries are sent only into their own office's grids or office (三不, the \"three nots\").";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(d => d.DispatchedAt).Description("When the person was sent (UTC).");
        Reference<Grid>("destinationGrid", d => d.DestinationGridId, "The grid the person was sent to, if a grid.");
        Reference<OrgUnit>("destinationOffice", d => d.DestinationOfficeId,
            "The community office whose area the person was sent to, if an office.");
        Field(d => d.DestinationText, nullable: true)
            .Description("Where the person was sent, in words, if neither a grid nor an office.");
        Field(d => d.Reason).Description("Why the person was sent: the incident.");
        RequiredReference<OrgUnit>("station", d => d.OwnerUnitId, "The station that sent the person.");
        RequiredReference<Person>("person", d => d.PersonId, "Who was sent.");
    }
}
