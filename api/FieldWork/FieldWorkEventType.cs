using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.FieldWork;

public sealed class FieldWorkEventType : EntityGraphType<FieldWorkEvent>
{
    protected override void Define()
    {
        Name = "FieldWorkEvent";
        Description =
            "One timestamped piece of field work (visit, patrol, record entry, vehicle check, service…); daily quotas "
            + "and the \"three musts\" are counted from these.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field(e => e.Kind).Description("What kind of field work was done.");
        Field(e => e.OccurredAt).Description("When the work was done (UTC).");
        Field(e => e.Count).Description(
            "How many of the kind the entry stands for, e.g. residents visited or records entered; at least 1.");
        Field(e => e.Note, nullable: true).Description("Free-text note on the work.");
        RequiredReference<Person>("person", e => e.PersonId, "Who did the work.");
        Reference<Grid>("grid", e => e.GridId, "The grid the work was done in, when tied to one.");
        RequiredReference<OrgUnit>("unit", e => e.OwnerUnitId, "The unit whose log the entry belongs to.");
    }
}
