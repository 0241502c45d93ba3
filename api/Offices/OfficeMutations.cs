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
                new(input => input.Id,
                    input => new InputRules()
                        .RequiredText(input.Name, OrgUnit.NameMaxLength)
                        .RequiredText(input.NameZh, OrgUnit.NameMaxLength).Errors,
                    OfficeMapper.ApplyTo,
                    input => input.Version))
            .RequirePermission(Permissions.StaffingWrite);
    }
}
