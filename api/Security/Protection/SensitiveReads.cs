using Gateway.Api.Audit;
using Gateway.Api.Tenancy;
using GraphQL;

namespace Gateway.Api.Security.Protection;

/// <summary>
/// How a citizen's ID number or phone is served: masked to callers without <see cref="Permissions.PiiRead"/>, and in
/// full only with a note in the request's audit trail naming the field and the row.
/// </summary>
public static class SensitiveReads
{
    public static string Serve(IResolveFieldContext context, string value, Func<string, string> mask, string objectId)
    {
        var services = context.RequestServices!;
        if (!services.GetRequiredService<TenantScope>().Has(Permissions.PiiRead)) return mask(value);
        services.GetRequiredService<RequestAuditTrail>().Note(
            $"pii.read:{context.ParentType.Name}.{context.FieldDefinition.Name}", AuditOutcome.Succeeded, objectId);
        return value;
    }
}
