using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Clients;

namespace Gateway.Api.Administration;

public sealed class ApiClientType : EntityGraphType<ApiClient>
{
    protected override void Define()
    {
        Name = "ApiClient";
        Description = "A machine client (接入系统) that signs in with a client id and secret to act for a unit. Its "
            + "secret is shown once, when registered or rotated, and never again.";
        this.RequirePermission(Permissions.ClientsManage);
        Field(c => c.ClientId).Description("The id the client signs in with.");
        Field(c => c.DisplayName).Description("The client's name.");
        RequiredReference<OrgUnit>("unit", c => c.OwnerUnitId, "The unit the client acts for.");
        Field(c => c.Roles).Description("The roles the client holds.");
        Field(c => c.CreatedAt).Description("When the client was registered.");
        Field(c => c.SecretRotatedAt, nullable: true).Description("When its secret was last replaced; null if never.");
        Field(c => c.RevokedAt, nullable: true).Description(
            "When it was revoked: since then it gets no token; null while it may sign in.");
        Field(c => c.AllowedAddresses).Description(
            "CIDR ranges its tokens and API keys are accepted from; empty: from anywhere.");
        Field(c => c.AllowedOrigins).Description(
            "Browser origins (scheme://host[:port]) whose pages may call the API as this client; empty: none.");
        Children<ApiKey>("apiKeys", k => k.ApiClientId,
            "The client's read-only API keys, revoked and expired ones included; never their secrets.");
        Field(c => c.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}
