using Gateway.Api.GraphQL;
using Gateway.Api.GraphQL.Relay;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Audit;

public sealed class AuditQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<AuditRecord, AuditRecordType>("auditRecords",
            "Audit records of the caller's unit and below, oldest first.", db => db.AuditRecords);
        query.Field<NonNullGraphType<AuditChainVerificationType>>("auditChain")
            .Description("Verifies the whole audit chain, across all units: every record's hash and every link.")
            .RequirePermission(Permissions.AuditRead)
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<AuditChainVerifier>().VerifyAsync(ctx.CancellationToken));
    }
}
