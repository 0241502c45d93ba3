using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Registry;

public sealed class KeyPersonControlType : EntityGraphType<KeyPersonControl>
{
    protected override void Define()
    {
        Name = "KeyPersonControl";
        Description = "One control of a key person (重点人口管控), counted in person-times: a visit, a talk, the person "
            + "checking in, or a check of their whereabouts.";
        this.RequirePermission(Permissions.RegistryRead);
        Field(c => c.Kind).Description("Visit (走访), talk (谈话), check-in (报到) or whereabouts check (行踪核查).");
        Field(c => c.OccurredAt).Description("When the control took place (UTC).");
        Field(c => c.Note, nullable: true).Description("Free-text note on the control.");
        RequiredReference<Resident>("resident", c => c.ResidentId, "The key person controlled.");
        RequiredReference<Person>("person", c => c.PersonId, "Who did it.");
        RequiredReference<OrgUnit>("office", c => c.OwnerUnitId, "The office that keeps the record.");
    }
}
