using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Offices;

public sealed class OrgUnitType : EntityGraphType<OrgUnit>
{
    protected override void Define()
    {
        Name = "OrgUnit";
        Description = "A unit of the tenant tree: the county bureau, a police station or a community police office.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(u => u.Code).Description("Unique unit code.");
        Field(u => u.Name).Description("English name.");
        Field(u => u.NameZh).Description("Chinese name.");
        Field(u => u.Kind).Description("Bureau, station or community office.");
        Reference<OrgUnit>("parent", u => u.ParentId, "The unit this one reports to.");
        Children<OrgUnit>("children", u => u.ParentId, "Units that report to this one.");
        Reference<OrgUnit>("mergedInto", u => u.MergedIntoId,
            "For a merged station: the station it now works within (合署办公).");
        Field(u => u.MergedOn, nullable: true).Description("Day the merger took effect.");
        Children<OrgUnit>("mergedUnits", u => u.MergedIntoId, "Stations merged into this one.");
        Reference<ExternalOrganisation>("hostCommunity", u => u.HostCommunityId,
            "The community that gives a community office its room.");
        Field(u => u.Address, nullable: true).Description("Street address of the office.");
        Field(u => u.HasSignage).Description("The office carries the standard signage.");
        Field(u => u.Cameras).Description("Cameras installed at the office.");
        Field(u => u.Computers).Description("Computers at the office.");
        Field(u => u.MobilePoliceTerminals).Description("Mobile police terminals (移动警务终端) issued to the office.");
        Field(u => u.PoliceBicycles).Description("Police bicycles at the office.");
        Field(u => u.OpenedOn, nullable: true).Description("First day the unit worked; null if before the records.");
        Field(u => u.ClosedOn, nullable: true).Description(
            "Last day the unit worked (撤销); null while it works. A closed unit keeps its history.");
        Children<OrgUnitAttachment>("attachments", a => a.UnitId,
            "The periods the unit reported to each parent unit, earliest first.");
        Field(u => u.Version).Description(
            "Raised by every change; an update names the version it read, and a stale one is refused with CONFLICT.");
        Children<StationSquad>("squads", s => s.OwnerUnitId, "A station's squads and command room (三队一室).");
    }
}
