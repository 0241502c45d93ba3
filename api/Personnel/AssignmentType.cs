using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Personnel;

public sealed class AssignmentType : EntityGraphType<Assignment>
{
    protected override void Define()
    {
        Name = "Assignment";
        Description = "A dated posting (岗位任职) of a person to a unit, grid or squad: the staffing history behind "
            + "1+2+N. Never deleted: a posting ends on its `to` day.";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(a => a.Role).Description("The role the person holds in the posting.");
        Field(a => a.From).Description("First day of the posting.");
        Field(a => a.To, nullable: true).Description("Last day of the posting; null while it runs.");
        RequiredReference<Person>("person", a => a.PersonId, "Who is posted.");
        RequiredReference<OrgUnit>("unit", a => a.UnitId, "The office or station of the posting.");
        Reference<Grid>("grid", a => a.GridId, "The grid, for a grid worker or a grid's officer.");
        Reference<StationSquad>("squad", a => a.SquadId, "The squad, for a station officer.");
        Reference<Person>("assignedBy", a => a.AssignedById,
            "Who made the posting; null when a machine client made it (the audit log names the client).");
        Reference<Person>("endedBy", a => a.EndedById,
            "Who ended the posting; null while it runs, or when a machine client ended it.");
        Field(a => a.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}
