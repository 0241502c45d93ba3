using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Mediation;

public sealed class MediationMemberType : EntityGraphType<MediationMember>
{
    protected override void Define()
    {
        Name = "MediationMember";
        Description = "A person's dated seat on a mediation committee.";
        this.RequirePermission(Permissions.MediationRead);
        Field(m => m.MemberKind).Description(
            "What the member brings to the committee: deputy, CPPCC member, retired cadre, lawyer, police, "
            + "town staff or community cadre.");
        Field(m => m.From).Description("First day on the committee.");
        Field(m => m.To, nullable: true).Description("Last day on the committee; null while the seat is held.");
        Field(m => m.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
        RequiredReference<MediationCommittee>("committee", m => m.CommitteeId, "The committee.");
        RequiredReference<Person>("person", m => m.PersonId, "Who holds the seat.");
        RequiredReference<OrgUnit>("unit", m => m.OwnerUnitId, "The unit that keeps the record.");
    }
}
