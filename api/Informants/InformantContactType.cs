using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class InformantContactType : EntityGraphType<InformantContact>
{
    protected override void Define()
    {
        Name = "InformantContact";
        Description = "A logged contact with an informant, with the next collection direction given.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(c => c.ContactedAt).Description("When the contact took place (UTC).");
        Field(c => c.Method).Description("Meeting, phone or message.");
        Field(c => c.Direction, nullable: true).Description("The next collection direction given to the informant.");
        Field(c => c.RecordedAt).Description("When the contact was logged (UTC).");
        RequiredReference<Informant>("informant", c => c.InformantId, "The informant contacted.");
        RequiredReference<Person>("officer", c => c.OfficerId,
            "The officer who made the contact: the informant's handler or controller that day.");
        RequiredReference<OrgUnit>("unit", c => c.OwnerUnitId, "The unit that keeps the record.");
    }
}
