using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Mediation;

public sealed class MediationCommitteeType : EntityGraphType<MediationCommittee>
{
    protected override void Define()
    {
        Name = "MediationCommittee";
        Description =
            "A people's mediation committee (人民调解委员会) sitting in a station, with deputies, CPPCC members, lawyers, "
            + "police and cadres as members. Shared downwards: the station's offices read it and point their cases "
            + "at it; only the station changes it.";
        this.RequirePermission(Permissions.MediationRead);
        Field(c => c.Name).Description("English name.");
        Field(c => c.NameZh).Description("Chinese name.");
        Reference<Person>("chair", c => c.ChairId,
            "Who chairs the committee, convenes and prepares its sessions: the station's deputy director.");
        Field(c => c.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
        Children<MediationMember>("members", m => m.CommitteeId, "Seats on the committee, past and current.");
        Children<MediationCase>("cases", c => c.CommitteeId, "Cases brought to the committee that the caller reads.");
        RequiredReference<OrgUnit>("unit", c => c.OwnerUnitId, "The unit the committee sits in.");
    }
}
