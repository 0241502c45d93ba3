using Gateway.Api.GraphQL.Relay;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Audit;

public sealed class AuditChainVerificationType : ObjectGraphType<AuditChainVerification>
{
    public AuditChainVerificationType()
    {
        Name = "AuditChainVerification";
        Description = "Whether every audit record still matches its hash and links to the one before it.";
        this.RequirePermission(Permissions.AuditRead);
        Field(v => v.Verified).Description("Every record holds: nothing was changed or removed.");
        Field(v => v.CheckedRecords).Description("Records checked, up to and including the first broken one.");
        Field<IdGraphType>("firstBrokenRecord")
            .Description("Global id of the first record whose hash or link is wrong; null when verified. It may lie outside the caller's scope.")
            .Resolve(ctx => ctx.Source.FirstBrokenRecordId is { } id ? GlobalId.Encode(nameof(AuditRecord), id) : null);
        Field(v => v.Reason, nullable: true).Description("Why that record is broken; null when verified.");
    }
}
