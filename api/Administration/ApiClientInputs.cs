using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Administration;

[Description("A new machine client (接入系统) acting for a unit of the caller's scope.")]
public sealed record RegisterApiClientInput : IIdempotentInput
{
    [Description("The id it signs in with: 1 to 100 letters, digits, '-' or '_', unique for ever (a revoked "
        + "client's id is not given out again).")]
    public required string ClientId { get; init; }

    [Description("The client's name, at most 200 characters.")]
    public required string DisplayName { get; init; }

    [Id, Description("Global id of the unit it acts for: it reads that unit's rows and those below.")]
    public required string UnitId { get; init; }

    [Description("Its roles, e.g. \"dashboard\"; none that needs a second factor, and never two of system-admin, "
        + "security-admin and auditor (三员).")]
    public required IReadOnlyList<string> Roles { get; init; }

    [Description("Chosen by the caller (a UUID serves): sent again with the same input, the client is registered "
        + "once, and the retry answers it without its secret.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A client whose secret is replaced, named with the version read.")]
public sealed record RotateApiClientSecretInput
{
    [Id, Description("Global id of the client.")]
    public required string Id { get; init; }

    [Description("The client's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("A client to revoke, named with the version read.")]
public sealed record RevokeApiClientInput
{
    [Id, Description("Global id of the client.")]
    public required string Id { get; init; }

    [Description("The client's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("A new read-only API key (API 密钥) for a client, for tools that cannot run a token flow.")]
public sealed record CreateApiKeyInput : IIdempotentInput
{
    [Id, Description("Global id of the client the key acts as; it must not be revoked.")]
    public required string ClientId { get; init; }

    [Description("What the key is for (the tool or screen using it), at most 200 characters.")]
    public required string Label { get; init; }

    [Description("When the key stops working: in the future, and at most Security:ApiKeys:MaxLifetimeDays (366) "
        + "days ahead.")]
    public required DateTime ExpiresAt { get; init; }

    [Description("Chosen by the caller (a UUID serves): sent again with the same input, the key is created once, "
        + "and the retry answers it without the key.")]
    public string? IdempotencyKey { get; init; }
}

[Description("An API key to revoke, named with the version read.")]
public sealed record RevokeApiKeyInput
{
    [Id, Description("Global id of the key.")]
    public required string Id { get; init; }

    [Description("The key's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("Where a client may call from, replacing what it had; named with the version read.")]
public sealed record SetApiClientAccessInput
{
    [Id, Description("Global id of the client.")]
    public required string Id { get; init; }

    [Description("The client's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("CIDR ranges, IPv4 or IPv6 (\"10.20.0.0/16\", \"2001:db8::/32\"; a bare address is that address "
        + "alone), that its tokens and API keys are accepted from; empty: from anywhere. At most 50.")]
    public required IReadOnlyList<string> AllowedAddresses { get; init; }

    [Description("Browser origins, exactly scheme://host[:port] (\"https://screen.example.cn\"), whose pages may call "
        + "the API as this client; empty: no browser page. At most 50.")]
    public required IReadOnlyList<string> AllowedOrigins { get; init; }
}
