using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Administration;

[Description("Another account already signs in with this name; user names are unique in the county. Nothing was "
    + "changed.")]
public sealed record UserNameTakenError(string UserName, IReadOnlyList<string> Path) : MutationError(
    "USER_NAME_TAKEN", new($"用户名“{UserName}”已被使用。", $"The user name '{UserName}' is already in use."), Path);

[Description("The password breaks the password rules; nothing was changed.")]
public sealed record PasswordRejectedError(LocalizedText Reason, IReadOnlyList<string> Path)
    : MutationError("PASSWORD_REJECTED", Reason, Path);

[Description("The person already has an account; one person, one account. Nothing was changed.")]
public sealed record PersonHasAccountError(IReadOnlyList<string> Path) : MutationError("PERSON_HAS_ACCOUNT",
    new("此人已有账号:一人一号。", "This person already has an account: one person, one account."), Path);

[Description("The account is disabled: enable it instead of unlocking it. Nothing was changed.")]
public sealed record AccountDisabledError(IReadOnlyList<string> Path) : MutationError("ACCOUNT_DISABLED",
    new("账号已停用,请启用而非解锁。", "The account is disabled; enable it rather than unlock it."), Path);
