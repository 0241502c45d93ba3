using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Administration;

[Description("A client with this id exists or existed; client ids are unique for ever. Nothing was changed.")]
public sealed record ClientIdTakenError(string ClientId, IReadOnlyList<string> Path) : MutationError(
    "CLIENT_ID_TAKEN", new($"客户端标识“{ClientId}”已被使用。", $"The client id '{ClientId}' is already in use."), Path);

[Description("The client was revoked; it takes no new secret and stays revoked. Nothing was changed.")]
public sealed record ClientRevokedError(IReadOnlyList<string> Path) : MutationError("CLIENT_REVOKED",
    new("该接入系统已被吊销。", "The client was revoked."), Path);
