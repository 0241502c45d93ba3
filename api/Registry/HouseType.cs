using Gateway.Api.GraphQL.Relay;
using Gateway.Api.Grids;
using Gateway.Api.Offices;

namespace Gateway.Api.Registry;

public sealed class HouseType : EntityGraphType<House>
{
    public HouseType()
    {
        Name = "House";
        Description = "Actual housing (实有房屋): a dwelling at a standard address, owner-occupied, rented, vacant or commercial.";
        Field(h => h.Use).Description("How the house is used; rentals (出租房屋) are a classified archive.");
        Field(h => h.HolderName).Description("Name of the owner or holder.");
        Field(h => h.HolderPhone, nullable: true).Description("Phone of the owner or holder.");
        Field(h => h.Rooms).Description("Number of rooms.");
        Field(h => h.RecordedAt).Description("When the record was first entered (UTC).");
        Field(h => h.UpdatedAt).Description("When the record was last checked or updated (UTC).");
        RequiredReference<Grid, GridType>("grid", h => h.GridId, "The grid the house lies in.");
        Reference<StandardAddress, StandardAddressType>("address", h => h.AddressId, "The standard address of the house, when known.");
        RequiredReference<OrgUnit, OrgUnitType>("office", h => h.OwnerUnitId, "The office that keeps the record.");
    }
}
