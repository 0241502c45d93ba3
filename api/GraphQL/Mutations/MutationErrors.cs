using System.ComponentModel;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// Why a mutation was refused, returned as data in its payload: a stable <see cref="Code"/> for programs, a
/// <see cref="Message"/> for people, and the <see cref="Path"/> of the input field at fault, if one is.
/// </summary>
public abstract record MutationError(string Code, LocalizedText Message, IReadOnlyList<string>? Path);

[Description("No object has the id given, or the caller may not change it: the two read the same.")]
public sealed record NotFoundError(string Id, IReadOnlyList<string> Path) : MutationError("NOT_FOUND",
    new($"未找到 id 为“{Id}”的对象。", $"No object has the id '{Id}'."), Path);

[Description("The object changed after the version the caller read; nothing was changed. Read it again.")]
public sealed record ConflictError(int Expected, int Current, IReadOnlyList<string> Path) : MutationError("CONFLICT",
    new($"对象在读取版本 {Expected} 之后已被修改(现为版本 {Current}),未作更改;请重新读取。",
        $"The object changed after version {Expected} was read (it is now version {Current}); nothing was changed. "
        + "Read it again."), Path);

[Description("An input field holds a value the mutation does not take; nothing was changed.")]
public sealed record ValidationError(LocalizedText Reason, IReadOnlyList<string> Path)
    : MutationError("VALIDATION", Reason, Path);

[Description("The idempotency key was already used by this caller for a different input; nothing was changed.")]
public sealed record IdempotencyKeyReusedError(string Key, IReadOnlyList<string> Path)
    : MutationError("IDEMPOTENCY_KEY_REUSED", new($"幂等键“{Key}”已用于另一次不同的提交,未作更改。",
        $"The idempotency key '{Key}' was already used for a different input; nothing was changed."), Path);
