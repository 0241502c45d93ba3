using Gateway.Api.Audit;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Security.Authorization;

/// <summary>
/// The permission check of <c>node</c> and <c>nodes</c>, which validation cannot make since the type is known only
/// from the id: a row of a type the caller may not read is reported as not found, and the attempt is audited.
/// </summary>
public static class NodeAccess
{
    public static bool MayRead(IResolveFieldContext context, IGraphType type, string id)
    {
        var services = context.RequestServices!;
        if (type.GetRequiredPermission() is not { } permission
            || services.GetRequiredService<TenantScope>().Has(permission))
            return true;
        services.GetRequiredService<RequestAuditTrail>().Note(
            $"{PermissionValidationRule.DeniedOperationPrefix}{context.ParentType.Name}.{context.FieldDefinition.Name}",
            AuditOutcome.Denied, id);
        return false;
    }
}
