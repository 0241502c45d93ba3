using System.ComponentModel;
using System.Text.Json.Serialization;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Administration;

[Description("A new user account (用户账号) in a unit of the caller's scope, for a person of personnel.")]
public sealed record CreateAccountInput : IIdempotentInput
{
    [Id, Description("Global id of the unit whose rows, and those below, the user will read.")]
    public required string UnitId { get; init; }

    [Id, Description("Global id of the person in personnel the account is for; one account per person. Left out for "
        + "an administrator who is not in personnel.")]
    public string? PersonId { get; init; }

    [Description("The name the user signs in with: letters, digits and - . _ @ +, unique in the county.")]
    public required string UserName { get; init; }

    [Description("The name shown for the user, at most 100 characters.")]
    public required string DisplayName { get; init; }

    /// <summary>Left out of the idempotency receipt's digest, which is a fast hash and would expose it to guessing; a
    /// retry with the same key and another password is answered with the account first created. Not
    /// <c>required</c>, which the serializer would not let it leave out; the schema still requires it.</summary>
    [JsonIgnore]
    [Description("The first password (初始密码), checked against the password rules (at least 12 characters with "
        + "upper and lower case, a digit and a symbol); never returned or recorded. Not part of the idempotency "
        + "check: a retry with the same key answers the first account whatever password it carries.")]
    public string InitialPassword { get; init; } = "";

    [Description("Roles the account holds from the start, e.g. \"community-officer\"; system-admin, security-admin "
        + "and auditor (三员) never together.")]
    public required IReadOnlyList<string> Roles { get; init; }

    [Description("Chosen by the caller (a UUID serves): sent again with the same input, the account is created once "
        + "and the first answer returned.")]
    public string? IdempotencyKey { get; init; }
}

[Description("Gives an account one more role; granting a role it holds changes nothing.")]
public sealed record GrantRoleInput
{
    [Id, Description("Global id of the account; never the caller's own.")]
    public required string AccountId { get; init; }

    [Description("The account's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("The role, e.g. \"community-officer\".")]
    public required string Role { get; init; }
}

[Description("Takes a role from an account; its live tokens stop. Revoking a role it lacks changes nothing.")]
public sealed record RevokeRoleInput
{
    [Id, Description("Global id of the account; never the caller's own.")]
    public required string AccountId { get; init; }

    [Description("The account's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("The role, e.g. \"community-officer\".")]
    public required string Role { get; init; }
}

[Description("An account to change, named with the version read.")]
public sealed record DisableAccountInput
{
    [Id, Description("Global id of the account.")]
    public required string AccountId { get; init; }

    [Description("The account's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("An account to change, named with the version read.")]
public sealed record EnableAccountInput
{
    [Id, Description("Global id of the account.")]
    public required string AccountId { get; init; }

    [Description("The account's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("An account to change, named with the version read.")]
public sealed record UnlockAccountInput
{
    [Id, Description("Global id of the account.")]
    public required string AccountId { get; init; }

    [Description("The account's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("An account to change, named with the version read.")]
public sealed record ResetAuthenticatorInput
{
    [Id, Description("Global id of the account.")]
    public required string AccountId { get; init; }

    [Description("The account's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}
