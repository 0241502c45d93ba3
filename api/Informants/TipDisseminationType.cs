using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class TipDisseminationType : EntityGraphType<TipDissemination>
{
    protected override void Define()
    {
        Name = "TipDissemination";
        Description = "A tip passed on to one recipient (信息通报), such as a squad or a bureau brigade.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(d => d.Recipient).Description("Who the tip was passed on to.");
        Field(d => d.DisseminatedAt).Description("When it was passed on (UTC).");
        Reference<Person>("disseminatedBy", d => d.DisseminatedById, "Who passed it on.");
        RequiredReference<Tip>("tip", d => d.TipId, "The tip passed on.");
        RequiredReference<OrgUnit>("unit", d => d.OwnerUnitId, "The unit that keeps the record.");
    }
}
