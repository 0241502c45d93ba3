using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Clients;
using GraphQL.Types;

namespace Gateway.Api.Administration;

/// <summary>A system admin's changes to machine clients of its scope (clients.manage).</summary>
public sealed class ApiClientMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterApiClientInput, ApiClient, ApiClientType>("registerApiClient",
                "Registers a machine client (接入系统) for a unit of the caller's scope and answers its secret, "
                + "this once.",
                "apiClient", ApiClientRegistry.Register, typeof(ErrorGraphType<UnknownRoleError>),
                typeof(ErrorGraphType<SeparatedDutiesError>), typeof(ErrorGraphType<SecondFactorRoleError>),
                typeof(ErrorGraphType<ClientIdTakenError>))
            .RequirePermission(Permissions.ClientsManage);
        mutation.Mutation<RotateApiClientSecretInput, ApiClient, ApiClientType>("rotateApiClientSecret",
                "Gives a client a new secret, answered this once; the old secret and the client's live tokens stop.",
                "apiClient", ApiClientRegistry.Rotate, typeof(ErrorGraphType<ClientRevokedError>))
            .RequirePermission(Permissions.ClientsManage);
        mutation.Mutation<RevokeApiClientInput, ApiClient, ApiClientType>("revokeApiClient",
                "Revokes a client: it gets no token from now on and its live tokens stop; it stays listed, revoked.",
                "apiClient", ApiClientRegistry.Revoke, typeof(ErrorGraphType<ClientRevokedError>))
            .RequirePermission(Permissions.ClientsManage);
        mutation.Mutation<SetApiClientAccessInput, ApiClient, ApiClientType>("setApiClientAccess",
                "Sets where a client may call from: the address ranges its tokens and API keys are accepted from, and "
                + "the browser origins whose pages may call as it. Replaces what it had.",
                "apiClient", ApiClientRegistry.SetAccess, typeof(ErrorGraphType<ClientRevokedError>))
            .RequirePermission(Permissions.ClientsManage);
        mutation.Mutation<CreateApiKeyInput, ApiKey, ApiKeyType>("createApiKey",
                "Creates a read-only API key (API 密钥) for a client of the caller's scope and answers it, this once. "
                + "A key reads what the client's roles may read and changes nothing.",
                "apiKey", ApiKeyRegistry.Create, typeof(ErrorGraphType<ClientRevokedError>),
                typeof(ErrorGraphType<ApiKeyExpiryError>))
            .RequirePermission(Permissions.ClientsManage);
        mutation.Mutation<RevokeApiKeyInput, ApiKey, ApiKeyType>("revokeApiKey",
                "Revokes an API key: it is refused from now on and stays listed, revoked.",
                "apiKey", ApiKeyRegistry.Revoke, typeof(ErrorGraphType<ApiKeyRevokedError>))
            .RequirePermission(Permissions.ClientsManage);
    }
}
