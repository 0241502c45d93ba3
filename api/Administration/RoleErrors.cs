using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;

namespace Gateway.Api.Administration;

[Description("No role of the catalogue has this name; nothing was changed.")]
public sealed record UnknownRoleError(string Role, IReadOnlyList<string> Path) : MutationError("UNKNOWN_ROLE",
    new($"没有名为“{Role}”的角色。", $"There is no role named '{Role}'."), Path);

[Description("System admin, security admin and auditor (三员分立) are separated duties that one account never "
    + "combines; nothing was changed.")]
public sealed record SeparatedDutiesError(IReadOnlyList<string> Roles, IReadOnlyList<string> Path)
    : MutationError("SEPARATED_DUTIES", new($"同一账号不能兼任{string.Join("与", Roles)}:三员职责分立。",
        $"One account cannot hold {string.Join(" and ", Roles)}: these duties are separated."), Path);

[Description("Nobody grants or revokes their own roles; another administrator must. Nothing was changed.")]
public sealed record OwnRolesError(IReadOnlyList<string> Path) : MutationError("OWN_ROLES",
    new("不能变更自己账号的角色,须由其他管理员操作。",
        "You cannot change your own account's roles; another administrator must."), Path);

[Description("The role needs a second factor at sign-in, which a machine client's secret is not; nothing was "
    + "changed.")]
public sealed record SecondFactorRoleError(string Role, IReadOnlyList<string> Path)
    : MutationError("SECOND_FACTOR_ROLE", new($"角色“{Role}”须以双因素认证登录,不能授予接入系统。",
        $"The role '{Role}' needs a second factor at sign-in, so no machine client may hold it."), Path);

/// <summary>The role rules one account or client must meet, each refusal with its own error.</summary>
public static class RoleRules
{
    /// <summary>Refuses unknown roles, then separated duties held together; true when the roles may be held.</summary>
    public static bool MayHold(MutationContext context, IEnumerable<string> roles, IReadOnlyList<string> path)
    {
        var list = roles.Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in list.Where(r => !Roles.Exists(r))) context.Refuse(new UnknownRoleError(unknown, path));
        if (context.IsRefused) return false;
        var duties = list.Where(Roles.SeparatedDuties.Contains).ToList();
        if (duties.Count > 1) context.Refuse(new SeparatedDutiesError(duties, path));
        return !context.IsRefused;
    }
}
