using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Administration;

[Description("A client with this id exists or existed; client ids are unique for ever. Nothing was changed.")]
public sealed record ClientIdTakenError(string ClientId, IReadOnlyList<string> Path) : MutationError(
    "CLIENT_ID_TAKEN", new($"客户端标识“{ClientId}”已被使用。", $"The client id '{ClientId}' is already in use."), Path);

[Description("The client was revoked; it takes no new secret and stays revoked. Nothing was changed.")]
public sealed record ClientRevokedError(IReadOnlyList<string> Path) : MutationError("CLIENT_REVOKED",
    new("该接入系统已被吊销。", "The client was revoked."), Path);

[Description("An API key's expiry must lie in the future and at most the configured maximum ahead. Nothing was "
    + "changed.")]
public sealed record ApiKeyExpiryError(int MaxLifetimeDays, IReadOnlyList<string> Path) : MutationError(
    "API_KEY_EXPIRY", new($"到期时间须晚于现在,且不超过 {MaxLifetimeDays} 天之后。",
        $"The expiry must lie in the future and at most {MaxLifetimeDays} days ahead."), Path);

[Description("The API key was revoked already; it stays revoked. Nothing was changed.")]
public sealed record ApiKeyRevokedError(IReadOnlyList<string> Path) : MutationError("API_KEY_REVOKED",
    new("该 API 密钥已被吊销。", "The API key was revoked."), Path);
