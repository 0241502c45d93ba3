using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Offices;

/// <summary>Applies mutation inputs to offices' rows. Every input field must land somewhere, or the build
/// fails.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class OfficeMapper
{
    [MapperIgnoreSource(nameof(RenameOrgUnitInput.Id))]
    [MapperIgnoreSource(nameof(RenameOrgUnitInput.Version))]
    public static partial void ApplyTo(RenameOrgUnitInput input, [MappingTarget] OrgUnit unit);

    [MapperIgnoreSource(nameof(UpdateOfficeEquipmentInput.Id))]
    [MapperIgnoreSource(nameof(UpdateOfficeEquipmentInput.Version))]
    public static partial void ApplyTo(UpdateOfficeEquipmentInput input, [MappingTarget] OrgUnit office);

    [MapperIgnoreSource(nameof(CreateOrgUnitInput.ParentId))]
    [MapperIgnoreSource(nameof(CreateOrgUnitInput.HostCommunityId))]
    [MapperIgnoreSource(nameof(CreateOrgUnitInput.IdempotencyKey))]
    public static partial OrgUnit ToUnit(CreateOrgUnitInput input);

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();
}
