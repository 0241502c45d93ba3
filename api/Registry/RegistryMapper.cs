using Gateway.Api.Grids;
using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Registry;

/// <summary>Applies registry inputs to records. Every input field must land somewhere, or the build fails: global ids
/// are resolved by the commands, and personal data an update may leave out (kept when null) is applied there
/// too.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class RegistryMapper
{
    [MapperIgnoreSource(nameof(CreateStandardAddressInput.GridId))]
    [MapperIgnoreSource(nameof(CreateStandardAddressInput.IdempotencyKey))]
    public static partial StandardAddress ToAddress(CreateStandardAddressInput input);

    [MapperIgnoreSource(nameof(UpdateStandardAddressInput.Id))]
    [MapperIgnoreSource(nameof(UpdateStandardAddressInput.Version))]
    public static partial void ApplyTo(UpdateStandardAddressInput input, [MappingTarget] StandardAddress address);

    [MapperIgnoreSource(nameof(CreateResidentInput.GridId))]
    [MapperIgnoreSource(nameof(CreateResidentInput.AddressId))]
    [MapperIgnoreSource(nameof(CreateResidentInput.MentalHealthRisk))]
    [MapperIgnoreSource(nameof(CreateResidentInput.IdempotencyKey))]
    public static partial Resident ToResident(CreateResidentInput input);

    [MapperIgnoreSource(nameof(UpdateResidentInput.Id))]
    [MapperIgnoreSource(nameof(UpdateResidentInput.Version))]
    [MapperIgnoreSource(nameof(UpdateResidentInput.AddressId))]
    [MapperIgnoreSource(nameof(UpdateResidentInput.IdNumber))]
    [MapperIgnoreSource(nameof(UpdateResidentInput.Phone))]
    [MapperIgnoreSource(nameof(UpdateResidentInput.MentalHealthRisk))]
    public static partial void ApplyTo(UpdateResidentInput input, [MappingTarget] Resident resident);

    [MapperIgnoreSource(nameof(CreateHouseInput.GridId))]
    [MapperIgnoreSource(nameof(CreateHouseInput.AddressId))]
    [MapperIgnoreSource(nameof(CreateHouseInput.IdempotencyKey))]
    public static partial House ToHouse(CreateHouseInput input);

    [MapperIgnoreSource(nameof(UpdateHouseInput.Id))]
    [MapperIgnoreSource(nameof(UpdateHouseInput.Version))]
    [MapperIgnoreSource(nameof(UpdateHouseInput.AddressId))]
    [MapperIgnoreSource(nameof(UpdateHouseInput.HolderPhone))]
    [MapperIgnoreSource(nameof(UpdateHouseInput.LandlordPhone))]
    public static partial void ApplyTo(UpdateHouseInput input, [MappingTarget] House house);

    [MapperIgnoreSource(nameof(CreateRegisteredUnitInput.GridId))]
    [MapperIgnoreSource(nameof(CreateRegisteredUnitInput.AddressId))]
    [MapperIgnoreSource(nameof(CreateRegisteredUnitInput.IdempotencyKey))]
    public static partial RegisteredUnit ToUnit(CreateRegisteredUnitInput input);

    [MapperIgnoreSource(nameof(UpdateRegisteredUnitInput.Id))]
    [MapperIgnoreSource(nameof(UpdateRegisteredUnitInput.Version))]
    [MapperIgnoreSource(nameof(UpdateRegisteredUnitInput.AddressId))]
    [MapperIgnoreSource(nameof(UpdateRegisteredUnitInput.ContactPhone))]
    public static partial void ApplyTo(UpdateRegisteredUnitInput input, [MappingTarget] RegisteredUnit unit);

    [MapperIgnoreSource(nameof(RecordKeyPersonControlInput.ResidentId))]
    [MapperIgnoreSource(nameof(RecordKeyPersonControlInput.PersonId))]
    [MapperIgnoreSource(nameof(RecordKeyPersonControlInput.IdempotencyKey))]
    public static partial KeyPersonControl ToControl(RecordKeyPersonControlInput input);

    /// <summary>Personal data an update may leave out: null keeps <paramref name="stored"/>, blank clears it.</summary>
    public static string? Kept(string? given, string? stored) => given is null ? stored : TrimmedOrNone(given);

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();

    /// <summary>Optional text left blank is stored as none.</summary>
    private static string? TrimmedOrNone(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Instants are stored in UTC.</summary>
    private static DateTime InUtc(DateTime value) => value.ToUniversalTime();
}
