using Gateway.Api.Audit;
using Gateway.Api.Tenancy;
using GraphQL;

namespace Gateway.Api.Security.Protection;

/// <summary>
/// How a citizen's ID number, phone or health flag is served: masked to callers without
/// <see cref="Permissions.PiiRead"/>, and in full only with a note in the request's audit trail naming the field and
/// the row.
/// </summary>
public static class SensitiveReads
{
    public static string Serve(IResolveFieldContext context, string value, Func<string, string> mask,
        string objectId) => MayReadInFull(context, objectId) ? value : mask(value);

    /// <summary>A yes/no about a person (a mental-health risk) has no partial form: masked, it reads as null.</summary>
    public static bool? ServeFlag(IResolveFieldContext context, bool value, string objectId) =>
        MayReadInFull(context, objectId) ? value : null;

    private static bool MayReadInFull(IResolveFieldContext context, string objectId)
    {
        var services = context.RequestServices!;
        if (!services.GetRequiredService<TenantScope>().Has(Permissions.PiiRead)) return false;
        services.GetRequiredService<RequestAuditTrail>().Note(
            $"pii.read:{context.ParentType.Name}.{context.FieldDefinition.Name}", AuditOutcome.Succeeded, objectId);
        return true;
    }
}
