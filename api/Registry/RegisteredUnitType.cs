using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Registry;

public sealed class RegisteredUnitType : EntityGraphType<RegisteredUnit>
{
    protected override void Define()
    {
        Name = "RegisteredUnit";
        Description = "Actual unit (实有单位): a business, venue, key unit, key location or construction site on file.";
        this.RequirePermission(Permissions.RegistryRead);
        Field(u => u.Category).Description(
            "Category of the unit: a venue (hotel, KTV, internet café, foot massage, courier outlet, other venue), a "
            + "key unit, key location or construction site.");
        Field(u => u.Name).Description("Name of the unit.");
        Field(u => u.ContactName, nullable: true).Description("Name of the unit's contact person.");
        SensitiveField(u => u.ContactPhone, Mask.Phone, "Phone of the unit's contact person.", nullable: true);
        Field(u => u.RecordedAt).Description("When the record was first entered (UTC).");
        RegistryRecordFields.AddTo(this);
        RequiredReference<Grid>("grid", u => u.GridId, "The grid the unit lies in.");
        Reference<StandardAddress>("address", u => u.AddressId, "The standard address of the unit, when known.");
        RequiredReference<OrgUnit>("office", u => u.OwnerUnitId, "The office that keeps the record.");
    }
}
