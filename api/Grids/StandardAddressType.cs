using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Grids;

public sealed class StandardAddressType : EntityGraphType<StandardAddress>
{
    protected override void Define()
    {
        Name = "StandardAddress";
        Description = "A standard address (标准地址): division code, street, door number, building, unit, floor, room.";
        this.RequirePermission(Permissions.GridsRead);
        Field(a => a.DivisionCode).Description("Administrative division code.");
        Field(a => a.Street).Description("Street, road or lane.");
        Field(a => a.DoorNumber).Description("Door number on the street.");
        Field(a => a.Building, nullable: true).Description("Building (楼栋).");
        Field(a => a.BuildingUnit, nullable: true).Description("Unit within the building (单元).");
        Field(a => a.Floor, nullable: true).Description("Floor.");
        Field(a => a.Room, nullable: true).Description("Room (户号).");
        Field<global::GraphQL.Types.NonNullGraphType<global::GraphQL.Types.StringGraphType>>("text")
            .Description("The whole address as one line.")
            .Resolve(ctx => ctx.Source.ToText())
            .FieldType.ReadsColumns(nameof(StandardAddress.Street), nameof(StandardAddress.DoorNumber),
                nameof(StandardAddress.Building), nameof(StandardAddress.BuildingUnit), nameof(StandardAddress.Floor),
                nameof(StandardAddress.Room));
        RequiredReference<Grid>("grid", a => a.GridId, "The grid the address lies in.");
    }
}
