using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Registry;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Mediation;

public sealed class MediationPartyType : EntityGraphType<MediationParty>
{
    protected override void Define()
    {
        Name = "MediationParty";
        Description = "A party (当事人) to a mediation case: applicant (申请人), respondent (被申请人) or other party.";
        this.RequirePermission(Permissions.MediationRead);
        Field(p => p.Role).Description("Applicant, respondent or other party.");
        Field(p => p.Name).Description("Full name.");
        SensitiveField(p => p.IdNumber, Mask.IdNumber, "Resident ID number (居民身份证号码).", nullable: true);
        SensitiveField(p => p.Phone, Mask.Phone, "Phone number.", nullable: true);
        Field(p => p.Address, nullable: true).Description("Where the party lives, as given.");
        RequiredReference<MediationCase>("case", p => p.CaseId, "The case.");
        Reference<Resident>("resident", p => p.ResidentId, "The resident on the registry the party is, when known.");
        RequiredReference<OrgUnit>("unit", p => p.OwnerUnitId, "The unit that keeps the record.");
    }
}
