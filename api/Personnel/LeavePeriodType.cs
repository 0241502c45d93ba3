using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Personnel;

public sealed class LeavePeriodType : EntityGraphType<LeavePeriod>
{
    protected override void Define()
    {
        Name = "LeavePeriod";
        Description = "Days a person is away from duty: a rest day (休息), annual leave (年休), sick leave (病假) or "
            + "training (培训), first and last day included. Never deleted: one recorded in error is cancelled.";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(l => l.Kind).Description("Rest day, annual leave, sick leave or training.");
        Field(l => l.From).Description("First day away.");
        Field(l => l.To).Description("Last day away.");
        Field(l => l.Note, nullable: true).Description("A short note, e.g. the course attended.");
        RequiredReference<Person>("person", l => l.PersonId, "Who is away.");
        Reference<Person>("recordedBy", l => l.RecordedById,
            "Who recorded the period; null when a machine client did (the audit log names the client).");
        Field(l => l.CancelledOn, nullable: true).Description(
            "Day the period was cancelled; null while it stands. A cancelled period counts for nothing.");
        Reference<Person>("cancelledBy", l => l.CancelledById,
            "Who cancelled the period; null while it stands, or when a machine client cancelled it.");
        Field(l => l.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}
