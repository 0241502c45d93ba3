using Gateway.Api.Data;

namespace Gateway.Api.Grids;

/// <summary>标准地址: division code + street/lane + door number + building + unit + floor + room.</summary>
public sealed class StandardAddress : TenantOwnedEntity, IVersioned
{
    public long GridId { get; set; }
    public Grid? Grid { get; set; }
    public string DivisionCode { get; set; } = "";
    public string Street { get; set; } = "";
    public string DoorNumber { get; set; } = "";
    public string? Building { get; set; }
    public string? BuildingUnit { get; set; }
    public int? Floor { get; set; }
    public string? Room { get; set; }
    public int Version { get; set; }

    public string ToText() => string.Join(" ", new[]
    {
        Street, DoorNumber + "号",
        Building is null ? null : Building + "栋",
        BuildingUnit is null ? null : BuildingUnit + "单元",
        Floor is null ? null : Floor + "楼",
        Room is null ? null : Room + "室",
    }.Where(part => part is not null));
}
