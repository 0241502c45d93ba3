using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Registry;

public sealed class HouseType : EntityGraphType<House>
{
    protected override void Define()
    {
        Name = "House";
        Description =
            "Actual housing (实有房屋): a dwelling at a standard address, owner-occupied, rented, vacant or commercial.";
        this.RequirePermission(Permissions.RegistryRead);
        Field(h => h.Use).Description("How the house is used; rentals (出租房屋) are a classified archive.");
        Field(h => h.HolderName).Description("Name of the owner or holder.");
        SensitiveField(h => h.HolderPhone, Mask.Phone, "Phone of the owner or holder.", nullable: true);
        Field(h => h.LandlordName, nullable: true)
            .Description("Landlord (房东) of a rental house; every rental has one, other houses may not.");
        SensitiveField(h => h.LandlordPhone, Mask.Phone, "Phone of the landlord.", nullable: true);
        Field(h => h.Rooms).Description("Number of rooms.");
        Field(h => h.RecordedAt).Description("When the record was first entered (UTC).");
        RegistryRecordFields.AddTo(this);
        RequiredReference<Grid>("grid", h => h.GridId, "The grid the house lies in.");
        Reference<StandardAddress>("address", h => h.AddressId, "The standard address of the house, when known.");
        RequiredReference<OrgUnit>("office", h => h.OwnerUnitId, "The office that keeps the record.");
    }
}
