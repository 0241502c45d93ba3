using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Offices;

public sealed class OfficeMutations(OrgUnitLifecycle lifecycle) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RenameOrgUnitInput, OrgUnit, OrgUnitType>("renameOrgUnit",
                "Renames a unit (单位更名) of the caller's scope, in English and Chinese.", "orgUnit",
                new MutationSteps<RenameOrgUnitInput, OrgUnit>(input => input.Id,
                    input => new InputRules()
                        .RequiredText(input.Name, OrgUnit.NameMaxLength)
                        .RequiredText(input.NameZh, OrgUnit.NameMaxLength).Errors,
                    OfficeMapper.ApplyTo,
                    input => input.Version))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<UpdateOfficeEquipmentInput, OrgUnit, OrgUnitType>("updateOfficeEquipment",
                "Records an office's equipment (标准化建设: signage, cameras, computers, terminals, bicycles) as it "
                + "now stands.", "orgUnit",
                new MutationSteps<UpdateOfficeEquipmentInput, OrgUnit>(input => input.Id,
                    input => new InputRules()
                        .Count(input.Cameras, OrgUnit.MaxEquipmentCount)
                        .Count(input.Computers, OrgUnit.MaxEquipmentCount)
                        .Count(input.MobilePoliceTerminals, OrgUnit.MaxEquipmentCount)
                        .Count(input.PoliceBicycles, OrgUnit.MaxEquipmentCount).Errors,
                    OfficeMapper.ApplyTo,
                    input => input.Version))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<CreateOrgUnitInput, OrgUnit, OrgUnitType>("createOrgUnit",
                "Opens a police station (派出所) under the bureau or a community office (社区警务室) under a station.",
                "orgUnit",
                OrgUnitLifecycle.Create, typeof(ErrorGraphType<DuplicateUnitCodeError>),
                typeof(ErrorGraphType<UnitClosedError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<AttachOrgUnitInput, OrgUnit, OrgUnitType>("attachOrgUnit",
                "Attaches a community office to another station from a day on; the office's records move with it, and "
                + "its people sign in again.", "orgUnit",
                OrgUnitLifecycle.Attach, typeof(ErrorGraphType<UnitClosedError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<CloseOrgUnitInput, OrgUnit, OrgUnitType>("closeOrgUnit",
                "Closes a unit (撤销) after its last day; it stays readable with its history.", "orgUnit",
                lifecycle.Close, typeof(ErrorGraphType<UnitClosedError>), typeof(ErrorGraphType<UnitStillInUseError>))
            .RequirePermission(Permissions.StaffingWrite);
    }
}
