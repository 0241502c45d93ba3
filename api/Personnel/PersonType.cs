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
        Field(p => p.BadgeNumber, nullable: true).Description("Police badge number (警号; police only).");
        Field(p => p.Position, nullable: true).Description(
            "A leading post the officer holds: station director (所长), deputy director (副所长), squad leader (中队长) or "
            + "head of a community office (警务室负责人); null for none.");
        SensitiveField(p => p.Phone, Mask.Phone, "Work phone.", nullable: true);
        SensitiveField(p => p.IdNumber, Mask.IdNumber, "Resident ID number (居民身份证号码).", nullable: true);
        Reference<ExternalOrganisation>("suppliedBy", p => p.SuppliedById,
            "The organisation that supplied the person, e.g. the political-legal committee for grid workers.");
        RequiredReference<OrgUnit>("unit", p => p.OwnerUnitId, "The unit that keeps the person's file.");
        Field(p => p.DeactivatedOn, nullable: true).Description(
            "Last working day of a deactivated person: every posting ended on it at the latest. Null while active; a "
            + "deactivated person cannot be posted.");
        Reference<Person>("deactivatedBy", p => p.DeactivatedById,
            "Who deactivated the person; null while active, or when a machine client did.");
        Field(p => p.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
        Children<Assignment>("assignments", a => a.PersonId, "The person's postings, past and current.");
        Children<CommunityPost>("communityPosts", c => c.PersonId, "Seats the person holds in community bodies.");
        Children<LeavePeriod>("leave", l => l.PersonId,
            "The person's rest days, annual and sick leave and training (休息/年休/病假/培训), cancelled ones included.");
    }
}
