using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Personnel;

public sealed class PersonType : EntityGraphType<Person>
{
    protected override void Define()
    {
        Name = "Person";
        Description =
            "Someone who works in community policing: police officer, auxiliary police, "
            + "grid worker or mediation member.";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(p => p.Kind).Description("Police, auxiliary police, grid worker or mediation member.");
        Field(p => p.Name).Description("Full name.");
        Field(p => p.BadgeNumber, nullable: true).Description("Police badge number (police only).");
        SensitiveField(p => p.Phone, Mask.Phone, "Work phone.", nullable: true);
        SensitiveField(p => p.IdNumber, Mask.IdNumber, "Resident ID number.", nullable: true);
        Reference<ExternalOrganisation>("suppliedBy", p => p.SuppliedById,
            "The organisation that supplied the person, e.g. the political-legal committee for grid workers.");
        RequiredReference<OrgUnit>("unit", p => p.OwnerUnitId, "The unit that keeps the person's file.");
        Children<Assignment>("assignments", a => a.PersonId, "The person's postings, past and current.");
        Children<CommunityPost>("communityPosts", c => c.PersonId, "Seats the person holds in community bodies.");
    }
}
