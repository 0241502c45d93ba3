using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Audit.Schema;

public sealed class AuditQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<AuditRecord>("auditRecords",
            "Audit records of the caller's unit and below, oldest first.", db => db.AuditRecords);
        query.Field<NonNullGraphType<AuditChainVerificationType>>("auditChain")
            .Description(
                "Verifies the whole audit chain, across all units: every record's keyed hash, every link, no gap in "
                + "the ids, and the newest checkpoint.")
            .Argument<StringGraphType>("checkpoint",
                "A checkpoint filed earlier (from `verify-audit` or this field); "
                + "the chain must still hold what it vouches for.")
            .RequirePermission(Permissions.AuditRead)
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<AuditChainVerifier>()
                .VerifyAsync(ctx.GetArgument<string?>("checkpoint"), ctx.CancellationToken));
    }
}
