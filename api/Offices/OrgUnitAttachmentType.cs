using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Offices;

public sealed class OrgUnitAttachmentType : EntityGraphType<OrgUnitAttachment>
{
    protected override void Define()
    {
        Name = "OrgUnitAttachment";
        Description = "A period a unit reported to a parent unit (隶属), kept when an office moves to another station.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(a => a.From, nullable: true).Description("First day under the parent; null if before the records.");
        Field(a => a.To, nullable: true).Description("Last day under the parent; null while it lasts.");
        RequiredReference<OrgUnit>("unit", a => a.UnitId, "The unit attached.");
        RequiredReference<OrgUnit>("parent", a => a.ParentId,
            "The unit it reported to; null when that unit lies outside the caller's scope.");
    }
}
