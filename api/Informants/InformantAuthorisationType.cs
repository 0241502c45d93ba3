using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class InformantAuthorisationType : EntityGraphType<InformantAuthorisation>
{
    protected override void Define()
    {
        Name = "InformantAuthorisation";
        Description = "Twelve months in which an informant may be tasked and met (授权期), granted at registration or "
            + "renewed by the controller. Never changed.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(a => a.Kind).Description("GRANTED at registration, RENEWED afterwards.");
        Field(a => a.ValidFrom).Description("First day covered.");
        Field(a => a.ValidUntil).Description("Last day covered: twelve months from `validFrom`, less a day.");
        Reference<Person>("authorisedBy", a => a.AuthorisedById, "The controller who authorised it.");
        Field(a => a.AuthorisedAt).Description("When it was recorded (UTC).");
        RequiredReference<Informant>("informant", a => a.InformantId, "The informant authorised.");
        RequiredReference<OrgUnit>("unit", a => a.OwnerUnitId, "The unit that keeps the record.");
    }
}
