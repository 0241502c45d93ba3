using Gateway.Api.GraphQL.Relay;
using Gateway.Api.Offices;

namespace Gateway.Api.Informants;

public sealed class InformantIdentityType : EntityGraphType<InformantIdentity>
{
    public InformantIdentityType()
    {
        Name = "InformantIdentity";
        Description = "The protected real identity of an informant, kept in its own table.";
        Field(i => i.RealName).Description("Real name.");
        Field(i => i.IdNumber).Description("Resident ID number.");
        Field(i => i.Phone).Description("Phone number.");
        RequiredReference<Informant, InformantType>("informant", i => i.InformantId, "The informant this identity belongs to.");
        RequiredReference<OrgUnit, OrgUnitType>("unit", i => i.OwnerUnitId, "The unit that keeps the informant's file.");
    }
}
