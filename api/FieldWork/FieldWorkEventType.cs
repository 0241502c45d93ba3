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
            "One timestamped piece of field work (工作日志: visit, patrol, record entry, vehicle check, service…); "
            + "daily quotas and the \"three musts\" are counted from the ACTIVE entries. Never deleted: a corrected or "
            + "voided entry stays in the log with who, when and why.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field(e => e.Kind).Description("What kind of field work was done.");
        Field(e => e.OccurredAt).Description("When the work was done (UTC), as the terminal stated it.");
        Field(e => e.ReceivedAt).Description("When the server received the entry (UTC), set by the server.");
        Field(e => e.Count).Description(
            "How many of the kind the entry stands for, e.g. residents visited or records entered; at least 1.");
        Field(e => e.Note, nullable: true).Description("Free-text note on the work.");
        Field(e => e.Status).Description(
            "ACTIVE entries count; a CORRECTED one was replaced by `correctedBy`, a VOIDED one counts for nothing.");
        RequiredReference<Person>("person", e => e.PersonId, "Who did the work.");
        Reference<Grid>("grid", e => e.GridId, "The grid the work was done in, when tied to one.");
        RequiredReference<OrgUnit>("unit", e => e.OwnerUnitId,
            "The unit whose log the entry belongs to: where the person was posted on the day.");
        Reference<Person>("recordedBy", e => e.RecordedById,
            "Who recorded the entry; null when a machine client did (`recordedByClient` names it).");
        Field(e => e.RecordedByClient, nullable: true).Description(
            "The client the entry came through: a terminal's or integration's client id, or the admin page's.");
        Reference<FieldWorkEvent>("correctedBy", e => e.CorrectedById,
            "The entry that replaced this one, once CORRECTED; its `recordedBy` and `receivedAt` say who and when.");
        Dependent<FieldWorkEvent>("correctionOf", e => e.CorrectedById,
            "The entry this one replaced, when it was recorded as a correction.");
        Field(e => e.CorrectionReason, nullable: true).Description("Why the entry was corrected.");
        Field(e => e.VoidedAt, nullable: true).Description("When the entry was voided (UTC); null unless VOIDED.");
        Field(e => e.VoidReason, nullable: true).Description("Why the entry was voided.");
        Reference<Person>("voidedBy", e => e.VoidedById,
            "Who voided the entry; null unless VOIDED, or when a machine client did (`voidedByClient` names it).");
        Field(e => e.VoidedByClient, nullable: true).Description("The client the entry was voided through.");
        Field(e => e.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}
