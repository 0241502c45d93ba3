using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Offices;

public sealed class OfficeMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RenameOrgUnitInput, OrgUnit, OrgUnitType>("renameOrgUnit",
                "Renames a unit of the caller's scope, in English and Chinese.", "orgUnit",
                new MutationSteps<RenameOrgUnitInput, OrgUnit>(input => input.Id,
                    input => new InputRules()
                        .RequiredText(input.Name, OrgUnit.NameMaxLength)
                        .RequiredText(input.NameZh, OrgUnit.NameMaxLength).Errors,
                    OfficeMapper.ApplyTo,
                    input => input.Version))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<UpdateOfficeEquipmentInput, OrgUnit, OrgUnitType>("updateOfficeEquipment",
                "Records an office's equipment as it now stands.", "orgUnit",
                new MutationSteps<UpdateOfficeEquipmentInput, OrgUnit>(input => input.Id,
                    input => new InputRules()
                        .Count(input.Cameras, OrgUnit.MaxEquipmentCount)
                        .Count(input.Computers, OrgUnit.MaxEquipmentCount)
                        .Count(input.MobilePoliceTerminals, OrgUnit.MaxEquipmentCount)
                        .Count(input.PoliceBicycles, OrgUnit.MaxEquipmentCount).Errors,
                    OfficeMapper.ApplyTo,
                    input => input.Version))
            .RequirePermission(Permissions.StaffingWrite);
    }
}
