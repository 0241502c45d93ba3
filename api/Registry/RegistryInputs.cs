using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Registry;

/// <summary>Where a new or moved record lies: a grid, and a standard address in it when known.</summary>
public interface IRegistryPlacement
{
    string GridId { get; }
    string? AddressId { get; }
}

/// <summary>A write to a stored record: its global id and the version read.</summary>
public interface IRecordWrite
{
    string Id { get; }
    int Version { get; }
}

/// <summary>An update, which may set the record's address inside its grid.</summary>
public interface IRecordUpdate : IRecordWrite
{
    string? AddressId { get; }
}

/// <summary>The fields of a resident a create and an update both check.</summary>
public interface IResidentFields
{
    string Name { get; }
    string? IdNumber { get; }
    string? Phone { get; }
}

/// <summary>The fields of a house a create and an update both check.</summary>
public interface IHouseFields
{
    string HolderName { get; }
    string? HolderPhone { get; }
    string? LandlordName { get; }
    string? LandlordPhone { get; }
    int Rooms { get; }
}

/// <summary>The fields of a unit a create and an update both check.</summary>
public interface IUnitFields
{
    string Name { get; }
    string? ContactName { get; }
    string? ContactPhone { get; }
}

/// <summary>The parts of a standard address (标准地址) a create and an update both set.</summary>
public interface IStandardAddressFields
{
    string DivisionCode { get; }
    string Street { get; }
    string DoorNumber { get; }
    string? Building { get; }
    string? BuildingUnit { get; }
    int? Floor { get; }
    string? Room { get; }
}

[Description("A new standard address (标准地址) in a grid of the caller's scope, in the national format: division "
    + "code + street/lane + door number + building + unit + floor + room.")]
public sealed record CreateStandardAddressInput : IStandardAddressFields, IIdempotentInput
{
    [Id, Description("Global id of the grid (网格) the address lies in.")]
    public required string GridId { get; init; }

    [Description("Administrative division code (行政区划代码): the 6 digits of GB/T 2260 (511526 for Gong County) or "
        + "the 12 digits of the statistical division code (统计用区划代码).")]
    public required string DivisionCode { get; init; }

    [Description("Street, road or lane (街路巷), at most 100 characters.")]
    public required string Street { get; init; }

    [Description("Door number (门牌号) on the street, at most 20 characters.")]
    public required string DoorNumber { get; init; }

    [Description("Building (楼栋), at most 20 characters.")]
    public string? Building { get; init; }

    [Description("Unit within the building (单元), at most 20 characters.")]
    public string? BuildingUnit { get; init; }

    [Description("Floor (楼层), from -5 (basements) to 200.")]
    public int? Floor { get; init; }

    [Description("Room (户号), at most 20 characters.")]
    public string? Room { get; init; }

    [Description("Chosen by the caller, unique per address meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A standard address as it now stands; it stays in its grid.")]
public sealed record UpdateStandardAddressInput : IStandardAddressFields
{
    [Id, Description("Global id of the standard address.")]
    public required string Id { get; init; }

    [Description("The address's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Administrative division code: 6 digits (GB/T 2260) or 12 digits (统计用区划代码).")]
    public required string DivisionCode { get; init; }

    [Description("Street, road or lane (街路巷), at most 100 characters.")]
    public required string Street { get; init; }

    [Description("Door number (门牌号), at most 20 characters.")]
    public required string DoorNumber { get; init; }

    [Description("Building (楼栋), at most 20 characters; null for none.")]
    public string? Building { get; init; }

    [Description("Unit within the building (单元), at most 20 characters; null for none.")]
    public string? BuildingUnit { get; init; }

    [Description("Floor (楼层), from -5 to 200; null for none.")]
    public int? Floor { get; init; }

    [Description("Room (户号), at most 20 characters; null for none.")]
    public string? Room { get; init; }
}

[Description("A new resident (实有人口) on file in a grid of the caller's scope. Entering one counts as a population "
    + "record (人口信息录入) of the caller's person, if the caller's account names one.")]
public sealed record CreateResidentInput : IRegistryPlacement, IResidentFields, IIdempotentInput
{
    [Id, Description("Global id of the grid (网格) the resident lives in.")]
    public required string GridId { get; init; }

    [Id, Description("Global id of the standard address the resident lives at, in that grid; null when unknown.")]
    public string? AddressId { get; init; }

    [Description("Full name; trimmed, at most 50 characters.")]
    public required string Name { get; init; }

    [Description("Resident ID number (居民身份证号码): 18 characters with a valid birth date and check character; "
        + "refused with DUPLICATE_ID_NUMBER when a resident in the caller's scope has it already.")]
    public required string IdNumber { get; init; }

    [Description("Phone: digits, with an optional leading + and dashes, at most 20 characters.")]
    public string? Phone { get; init; }

    [Description("Registered household (户籍) or floating resident (流动人口).")]
    public required Registration Registration { get; init; }

    [Description("Special group, e.g. elderly living alone (孤寡老人) or left-behind child (留守儿童); null if none.")]
    public SpecialGroup? SpecialGroup { get; init; }

    [Description("Key-person (重点人口) control category; null if not a key person.")]
    public KeyPersonCategory? KeyPersonCategory { get; init; }

    [Description("Mentally ill and at risk of causing incidents (易肇事肇祸精神病人); false when left out.")]
    public bool? MentalHealthRisk { get; init; }

    [Description("Chosen by the caller, unique per resident meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A resident's details as they now stand; the grid changes through moveResident. Personal data the "
    + "caller may not read in full (ID number, phone, mental-health risk) is kept when left out (null). Counts as a "
    + "population record of the caller's person, like a create.")]
public sealed record UpdateResidentInput : IRecordUpdate, IResidentFields
{
    [Id, Description("Global id of the resident.")]
    public required string Id { get; init; }

    [Description("The resident's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the standard address, in the resident's grid; null when unknown.")]
    public string? AddressId { get; init; }

    [Description("Full name; trimmed, at most 50 characters.")]
    public required string Name { get; init; }

    [Description("Resident ID number (居民身份证号码); null keeps the stored one.")]
    public string? IdNumber { get; init; }

    [Description("Phone; null keeps the stored one, an empty string clears it.")]
    public string? Phone { get; init; }

    [Description("Registered household (户籍) or floating resident (流动人口).")]
    public required Registration Registration { get; init; }

    [Description("Special group; null if none.")]
    public SpecialGroup? SpecialGroup { get; init; }

    [Description("Key-person (重点人口) control category; null if not a key person.")]
    public KeyPersonCategory? KeyPersonCategory { get; init; }

    [Description("Mentally ill and at risk of causing incidents (易肇事肇祸精神病人); null keeps the stored flag.")]
    public bool? MentalHealthRisk { get; init; }
}

[Description("A new house (实有房屋) on file in a grid of the caller's scope.")]
public sealed record CreateHouseInput : IRegistryPlacement, IHouseFields, IIdempotentInput
{
    [Id, Description("Global id of the grid (网格) the house lies in.")]
    public required string GridId { get; init; }

    [Id, Description("Global id of the house's standard address, in that grid; null when unknown.")]
    public string? AddressId { get; init; }

    [Description("Owner-occupied, rental (出租房屋), vacant or commercial; a rental needs a landlord.")]
    public required HouseUse Use { get; init; }

    [Description("Name of the owner or holder; trimmed, at most 50 characters.")]
    public required string HolderName { get; init; }

    [Description("Phone of the owner or holder.")]
    public string? HolderPhone { get; init; }

    [Description("Landlord (房东) of a rental house, at most 50 characters: required for a rental.")]
    public string? LandlordName { get; init; }

    [Description("Phone of the landlord.")]
    public string? LandlordPhone { get; init; }

    [Description("Number of rooms, 0 to 100.")]
    public required int Rooms { get; init; }

    [Description("Chosen by the caller, unique per house meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A house's details as they now stand; the grid changes through moveHouse. Phones the caller may not read "
    + "in full are kept when left out (null); an empty string clears one.")]
public sealed record UpdateHouseInput : IRecordUpdate, IHouseFields
{
    [Id, Description("Global id of the house.")]
    public required string Id { get; init; }

    [Description("The house's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the standard address, in the house's grid; null when unknown.")]
    public string? AddressId { get; init; }

    [Description("Owner-occupied, rental (出租房屋), vacant or commercial; a rental needs a landlord.")]
    public required HouseUse Use { get; init; }

    [Description("Name of the owner or holder; trimmed, at most 50 characters.")]
    public required string HolderName { get; init; }

    [Description("Phone of the owner or holder; null keeps the stored one, an empty string clears it.")]
    public string? HolderPhone { get; init; }

    [Description("Landlord (房东), at most 50 characters: required for a rental; null for none.")]
    public string? LandlordName { get; init; }

    [Description("Phone of the landlord; null keeps the stored one, an empty string clears it.")]
    public string? LandlordPhone { get; init; }

    [Description("Number of rooms, 0 to 100.")]
    public required int Rooms { get; init; }
}

[Description("A new unit (实有单位) on file in a grid of the caller's scope: a venue, key unit, key location or "
    + "construction site.")]
public sealed record CreateRegisteredUnitInput : IRegistryPlacement, IUnitFields, IIdempotentInput
{
    [Id, Description("Global id of the grid (网格) the unit lies in.")]
    public required string GridId { get; init; }

    [Id, Description("Global id of the unit's standard address, in that grid; null when unknown.")]
    public string? AddressId { get; init; }

    [Description("Hotel, KTV, internet café, foot massage, courier outlet, other venue, key unit, key location or "
        + "construction site.")]
    public required UnitCategory Category { get; init; }

    [Description("Name of the unit; trimmed, at most 100 characters.")]
    public required string Name { get; init; }

    [Description("Name of the unit's contact person, at most 50 characters.")]
    public string? ContactName { get; init; }

    [Description("Phone of the unit's contact person.")]
    public string? ContactPhone { get; init; }

    [Description("Chosen by the caller, unique per unit meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A unit's details as they now stand; the grid changes through moveRegisteredUnit. The contact's phone is "
    + "kept when left out (null); an empty string clears it.")]
public sealed record UpdateRegisteredUnitInput : IRecordUpdate, IUnitFields
{
    [Id, Description("Global id of the unit.")]
    public required string Id { get; init; }

    [Description("The unit's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the standard address, in the unit's grid; null when unknown.")]
    public string? AddressId { get; init; }

    [Description("Category of the unit.")]
    public required UnitCategory Category { get; init; }

    [Description("Name of the unit; trimmed, at most 100 characters.")]
    public required string Name { get; init; }

    [Description("Name of the unit's contact person, at most 50 characters; null for none.")]
    public string? ContactName { get; init; }

    [Description("Phone of the contact person; null keeps the stored one, an empty string clears it.")]
    public string? ContactPhone { get; init; }
}

[Description("A resident who moved to another grid (and address) in the caller's scope; a grid of another office moves "
    + "the record to that office.")]
public sealed record MoveResidentInput : IRecordWrite, IRegistryPlacement
{
    [Id, Description("Global id of the resident.")]
    public required string Id { get; init; }

    [Description("The resident's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the grid moved to.")]
    public required string GridId { get; init; }

    [Id, Description("Global id of the standard address moved to, in that grid; null when unknown.")]
    public string? AddressId { get; init; }
}

[Description("A house filed under another grid (and address) in the caller's scope, e.g. after a grid was redrawn.")]
public sealed record MoveHouseInput : IRecordWrite, IRegistryPlacement
{
    [Id, Description("Global id of the house.")]
    public required string Id { get; init; }

    [Description("The house's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the grid moved to.")]
    public required string GridId { get; init; }

    [Id, Description("Global id of the standard address, in that grid; null when unknown.")]
    public string? AddressId { get; init; }
}

[Description("A unit that moved to another grid (and address) in the caller's scope.")]
public sealed record MoveRegisteredUnitInput : IRecordWrite, IRegistryPlacement
{
    [Id, Description("Global id of the unit.")]
    public required string Id { get; init; }

    [Description("The unit's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the grid moved to.")]
    public required string GridId { get; init; }

    [Id, Description("Global id of the standard address moved to, in that grid; null when unknown.")]
    public string? AddressId { get; init; }
}

[Description("A resident checked on a visit and found as on file: only `lastVerifiedAt` changes.")]
public sealed record VerifyResidentInput : IRecordWrite
{
    [Id, Description("Global id of the resident.")]
    public required string Id { get; init; }

    [Description("The resident's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("A house checked and found as on file: only `lastVerifiedAt` changes.")]
public sealed record VerifyHouseInput : IRecordWrite
{
    [Id, Description("Global id of the house.")]
    public required string Id { get; init; }

    [Description("The house's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("A unit checked and found as on file: only `lastVerifiedAt` changes.")]
public sealed record VerifyRegisteredUnitInput : IRecordWrite
{
    [Id, Description("Global id of the unit.")]
    public required string Id { get; init; }

    [Description("The unit's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("One control of a key person (重点人口管控), one person-time.")]
public sealed record RecordKeyPersonControlInput : IIdempotentInput
{
    [Id, Description("Global id of the resident controlled: a key person (with a key-person category).")]
    public required string ResidentId { get; init; }

    [Id, Description("Global id of the person who did it, on a file in the caller's scope.")]
    public required string PersonId { get; init; }

    [Description("Visit (走访), talk (谈话), check-in (报到) or whereabouts check (行踪核查).")]
    public required KeyPersonControlKind Kind { get; init; }

    [Description("When it took place; not more than 5 minutes ahead of the server's clock.")]
    public required DateTime OccurredAt { get; init; }

    [Description("A short note, at most 500 characters.")]
    public string? Note { get; init; }

    [Description("Chosen by the caller, unique per control meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}
