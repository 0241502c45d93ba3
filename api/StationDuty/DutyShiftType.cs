using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.StationDuty;

public sealed class DutyShiftType : EntityGraphType<DutyShift>
{
    protected override void Define()
    {
        Name = "DutyShift";
        Description = "A shift on a station's duty roster (值班表). Office police and auxiliaries never take one "
            + "(三不, the \"three nots\"). Cancelled shifts stay on the roster.";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(s => s.Date).Description("The day of the shift.");
        Field(s => s.Kind).Description("Day, night or all-day shift.");
        Field(s => s.Status).Description("Scheduled, or cancelled (the shift stays on the roster).");
        Field(s => s.Note, nullable: true).Description("Note on the shift.");
        Field(s => s.CancellationReason, nullable: true)
            .Description("Why the shift was cancelled; null unless it was.");
        Field(s => s.Version).Description(
            "Raised by every change; a cancellation names the version it read, and a stale one is refused with "
            + "CONFLICT.");
        RequiredReference<OrgUnit>("station", s => s.OwnerUnitId, "The station whose roster the shift is on.");
        RequiredReference<Person>("person", s => s.PersonId, "Who is on duty.");
    }
}
