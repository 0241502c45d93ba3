using System.Text.RegularExpressions;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Personnel;

namespace Gateway.Api.Registry;

/// <summary>Checks of registry inputs as sent, without the database.</summary>
internal static partial class RegistryRules
{
    public const int StreetMaxLength = 100;
    public const int AddressPartMaxLength = 20;
    public const int LowestFloor = -5;
    public const int HighestFloor = 200;

    /// <summary>The national format: division code, street and door number required, the rest optional.</summary>
    public static IReadOnlyList<MutationError> Address(IStandardAddressFields input)
    {
        var errors = new InputRules()
            .RequiredText(input.Street, StreetMaxLength)
            .RequiredText(input.DoorNumber, AddressPartMaxLength)
            .OptionalText(input.Building, AddressPartMaxLength)
            .OptionalText(input.BuildingUnit, AddressPartMaxLength)
            .OptionalText(input.Room, AddressPartMaxLength).Errors.ToList();
        if (!DivisionCode().IsMatch(input.DivisionCode.Trim()))
            errors.Add(PersonRules.Invalid(nameof(input.DivisionCode), "须为 6 位(GB/T 2260)或 12 位(统计用区划代码)数字",
                "must be 6 digits (GB/T 2260) or 12 digits (statistical division code)"));
        if (input.Floor is < LowestFloor or > HighestFloor)
            errors.Add(PersonRules.Invalid(nameof(input.Floor), $"须在 {LowestFloor} 到 {HighestFloor} 之间",
                $"must be between {LowestFloor} and {HighestFloor}"));
        return errors;
    }

    /// <summary>A resident: the ID number, when given (an update may keep the stored one), must be one of someone
    /// born by <paramref name="today"/>.</summary>
    public static IReadOnlyList<MutationError> Resident(IResidentFields input, DateOnly today)
    {
        var errors = new InputRules().RequiredText(input.Name, Registry.Resident.NameMaxLength).Errors.ToList();
        if (input.IdNumber is not null && ResidentIdNumber.Fault(input.IdNumber.Trim(), today) is { } fault)
            errors.Add(PersonRules.Invalid(nameof(input.IdNumber), fault.Chinese, fault.English));
        errors.AddRange(Phone(input.Phone, nameof(input.Phone)));
        return errors;
    }

    public static IReadOnlyList<MutationError> House(IHouseFields input) =>
    [
        .. new InputRules()
            .RequiredText(input.HolderName, Registry.House.NameMaxLength)
            .OptionalText(input.LandlordName, Registry.House.NameMaxLength)
            .Count(input.Rooms, Registry.House.MaxRooms).Errors,
        .. Phone(input.HolderPhone, nameof(input.HolderPhone)),
        .. Phone(input.LandlordPhone, nameof(input.LandlordPhone)),
    ];

    public static IReadOnlyList<MutationError> Unit(IUnitFields input) =>
    [
        .. new InputRules()
            .RequiredText(input.Name, RegisteredUnit.NameMaxLength)
            .OptionalText(input.ContactName, RegisteredUnit.ContactNameMaxLength).Errors,
        .. Phone(input.ContactPhone, nameof(input.ContactPhone)),
    ];

    /// <summary>A phone given is digits, with an optional leading + and dashes; empty means none.</summary>
    private static IEnumerable<MutationError> Phone(string? phone, string property)
    {
        if (!string.IsNullOrWhiteSpace(phone) && !PhoneNumber().IsMatch(phone.Trim()))
            yield return PersonRules.Invalid(property, "须为数字,可含开头的 + 与连字符,最多 20 位",
                "must be digits, with an optional leading + and dashes, at most 20 characters");
    }

    [GeneratedRegex(@"^([0-9]{6}|[0-9]{12})$")]
    private static partial Regex DivisionCode();

    [GeneratedRegex(@"^\+?[0-9][0-9-]{0,18}$")]
    private static partial Regex PhoneNumber();
}
