using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Clients;
using GraphQL.Types;

namespace Gateway.Api.Administration;

public sealed class ApiKeyType : EntityGraphType<ApiKey>
{
    protected override void Define()
    {
        Name = "ApiKey";
        Description = "A read-only API key (API 密钥) of a machine client, for tools that cannot run a token flow. The "
            + "key itself is shown once, when created; only a hash of its secret is kept.";
        this.RequirePermission(Permissions.ClientsManage);
        Field(k => k.KeyId).Description(
            "The key's public id, the part after gwk_ and before the secret; audit records name the key by it.");
        Field(k => k.Label).Description("What the key is for.");
        RequiredReference<ApiClient>("client", k => k.ApiClientId, "The client the key acts as.");
        Field(k => k.CreatedAt).Description("When the key was created.");
        Field(k => k.CreatedBy).Description("Who created the key, as audit records name them.");
        Field(k => k.ExpiresAt).Description("When the key stops working.");
        Field(k => k.RevokedAt, nullable: true).Description(
            "When it was revoked, by itself or with its client; null while not revoked.");
        Field(k => k.LastUsedAt, nullable: true).Description(
            "When the key was last accepted, to within a minute; null if never.");
        Field<NonNullGraphType<EnumerationGraphType<ApiKeyStatus>>>("status")
            .Description("ACTIVE while it is accepted, EXPIRED after its expiry, REVOKED once revoked. Computed, never "
                + "stored.")
            .Resolve(ctx => ApiKey.StatusAt(ctx.Source.RevokedAt, ctx.Source.ExpiresAt,
                ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime))
            .FieldType.ReadsColumns(nameof(ApiKey.RevokedAt), nameof(ApiKey.ExpiresAt));
        Field(k => k.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}
