using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class InformantHandlingType : EntityGraphType<InformantHandling>
{
    protected override void Define()
    {
        Name = "InformantHandling";
        Description = "A period during which an officer handled or controlled an informant.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(h => h.Role).Description("Handler (meets the informant) or controller (oversees the handler).");
        Field(h => h.From).Description("First day of the period.");
        Field(h => h.To, nullable: true).Description("Last day of the period; null while it runs.");
        Reference<Person>("assignedBy", h => h.AssignedById, "Who assigned the officer.");
        Field(h => h.AssignedAt).Description("When the period was recorded (UTC).");
        RequiredReference<Informant>("informant", h => h.InformantId, "The informant handled.");
        RequiredReference<Person>("person", h => h.PersonId, "The officer who handled or controlled the informant.");
        RequiredReference<OrgUnit>("unit", h => h.OwnerUnitId, "The unit that keeps the record.");
    }
}
