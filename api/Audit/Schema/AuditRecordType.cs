using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Audit.Schema;

public sealed class AuditRecordType : EntityGraphType<AuditRecord>
{
    protected override void Define()
    {
        Name = "AuditRecord";
        Description = "An append-only, hash-chained record of a mutation, a sensitive read or a denied attempt.";
        this.RequirePermission(Permissions.AuditRead);
        Field(a => a.OccurredAt).Description("When it happened (UTC).");
        Field(a => a.Actor).Description("Who acted: the token's subject (a user id or a client id).");
        Field(a => a.ClientId, nullable: true).Description("The client the actor came through.");
        Field(a => a.TenantPath).Description(
            "The tree path of the unit the actor acted for (ids from the county bureau down, e.g. \"/1/2/5/\"), "
            + "readable without access to the units themselves.");
        Reference<OrgUnit>("tenant", a => a.TenantUnitId,
            "The unit the actor acted for; null for the system, or when it lies outside the caller's scope.");
        Field(a => a.Operation).Description("What was done, e.g. a mutation or a sensitive field.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("objectIds")
            .Description("Ids of the objects it touched.")
            .Resolve(ctx => ctx.Source.ObjectIds.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Field(a => a.Outcome).Description("Whether it succeeded, was denied or failed.");
        Field(a => a.SourceAddress, nullable: true).Description("The caller's network address.");
        Field(a => a.Occurrences).Description(
            "How many events the record stands for: 1, or for a summary of repeated refusals by one client or user "
            + "from one address how many came after the first of its window.");
        Field(a => a.PreviousHash)
            .Description("Hash of the record before this one in the chain (all zeros for the first).");
        Field(a => a.Hash).Description(
            "HMAC-SHA256, under a key kept outside the database, over this record's content and the previous hash; "
            + "`auditChain` recomputes it.");
    }
}
