using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Audit.Schema;

public sealed class AuditChainVerificationType : ObjectGraphType<AuditChainVerification>
{
    public AuditChainVerificationType()
    {
        Name = "AuditChainVerification";
        Description =
            "Whether every audit record still matches its keyed hash, "
            + "links to the one before it and reaches the newest checkpoint.";
        this.RequirePermission(Permissions.AuditRead);
        Field(v => v.Verified).Description("Every record holds: nothing was changed or removed.");
        Field(v => v.CheckedRecords).Description("Records checked, up to and including the first broken one.");
        Field<IdGraphType>("firstBrokenRecord")
            .Description(
                "Global id of the first record whose hash or link is wrong, or the first one missing; null when "
                + "verified or when the fault is in a checkpoint. It may lie outside the caller's scope.")
            .Resolve(ctx => ctx.Source.FirstBrokenRecordId is { } id ? GlobalId.Encode(nameof(AuditRecord), id) : null);
        Field(v => v.Reason, nullable: true).Description("Why the chain is broken there; null when verified.");
        Field<StringGraphType>("checkpoint")
            .Description(
                "A signed checkpoint of the verified head (its id, the record count, its hash, the time) to file "
                + "outside the service and pass back as `checkpoint` later; "
                + "null unless verified, or for an empty chain.")
            .Resolve(ctx => ctx.Source.Checkpoint?.ToLine());
    }
}
