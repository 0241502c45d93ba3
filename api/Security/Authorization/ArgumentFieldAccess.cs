using Gateway.Api.Tenancy;
using GraphQL;

namespace Gateway.Api.Security.Authorization;

/// <summary>
/// The permission check for fields named inside arguments (a <c>where</c> condition, an <c>order</c> key): the
/// validation rule sees only selected fields, so a field the caller may not read could otherwise serve as an oracle.
/// </summary>
public static class ArgumentFieldAccess
{
    /// <summary>Refuses the use of the field at <paramref name="path"/> unless the caller holds its
    /// permission.</summary>
    public static void Demand(this TenantScope scope, string? permission, string path)
    {
        if (permission is not null && !scope.Has(permission))
            throw new ExecutionError($"`{path}` may not be used by this caller.")
            {
                Code = PermissionValidationRule.AccessDenied,
            };
    }
}
