using Gateway.Api.Audit;
using Gateway.Api.Tenancy;
using GraphQL;

namespace Gateway.Api.Security.Protection;

/// <summary>
/// How a citizen's ID number, phone or health flag is served: masked to callers without
/// <see cref="Permissions.PiiRead"/>, and to callers who read a tenant-owned row they do not own in their scope (a
/// person read through another row, such as a station's mediator read by an office); in full only with a note in the
/// request's audit trail naming the field and the row.
/// </summary>
public static class SensitiveReads
{
    /// <param name="ownerPath">The owner path of a tenant-owned row; null for a row that has no owner.</param>
    public static string Serve(IResolveFieldContext context, string value, Func<string, string> mask,
        string objectId, string? ownerPath) => MayReadInFull(context, objectId, ownerPath) ? value : mask(value);

    /// <summary>A yes/no about a person (a mental-health risk) has no partial form: masked, it reads as null.</summary>
    public static bool? ServeFlag(IResolveFieldContext context, bool value, string objectId, string? ownerPath) =>
        MayReadInFull(context, objectId, ownerPath) ? value : null;

    private static bool MayReadInFull(IResolveFieldContext context, string objectId, string? ownerPath)
    {
        var services = context.RequestServices!;
        var scope = services.GetRequiredService<TenantScope>();
        if (!scope.Has(Permissions.PiiRead) || (ownerPath is not null && !scope.Covers(ownerPath))) return false;
        services.GetRequiredService<RequestAuditTrail>().Note(
            $"pii.read:{context.ParentType.Name}.{context.FieldDefinition.Name}", AuditOutcome.Succeeded, objectId);
        return true;
    }
}
