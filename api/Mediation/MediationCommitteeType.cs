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
            + "police and cadres as members.";
        this.RequirePermission(Permissions.MediationRead);
        Field(c => c.Name).Description("English name.");
        Field(c => c.NameZh).Description("Chinese name.");
        Reference<Person>("chair", c => c.ChairId,
            "Who chairs the committee, convenes and prepares its sessions (the station's deputy director).");
        Children<MediationMember>("members", m => m.CommitteeId, "Seats on the committee, past and current.");
        Children<MediationCase>("cases", c => c.CommitteeId, "Cases brought to the committee.");
        RequiredReference<OrgUnit>("unit", c => c.OwnerUnitId, "The unit the committee sits in.");
    }
}
