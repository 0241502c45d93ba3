using System.Globalization;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Administration;

/// <summary>
/// What a security admin does to accounts of its scope, through Identity's user manager on the mutation's context and
/// transaction: create, grant and revoke roles under the separation of duties, disable, enable, unlock, reset the
/// authenticator. An account is found through <see cref="Account"/>, so one outside the caller's scope reads NOT_FOUND.
/// Every change that should end the account's live tokens renews its security stamp (see
/// <see cref="GatewayUserManager"/>).
/// </summary>
public static class AccountAdministration
{
    public const int UserNameMaxLength = 100;
    public const int DisplayNameMaxLength = 100;

    public static MutationCommand<CreateAccountInput, Account> Create { get; } = new(input => new InputRules()
        .RequiredText(input.UserName, UserNameMaxLength)
        .RequiredText(input.DisplayName, DisplayNameMaxLength).Errors, CreateAsync);

    public static MutationCommand<GrantRoleInput, Account> Grant { get; } = new(_ => [], GrantAsync)
    {
        MayConflict = true, Subject = input => input.AccountId,
    };

    public static MutationCommand<RevokeRoleInput, Account> Revoke { get; } = new(_ => [], RevokeAsync)
    {
        MayConflict = true, Subject = input => input.AccountId,
    };

    public static MutationCommand<DisableAccountInput, Account> Disable { get; } = new(_ => [],
        (input, context, cancellationToken) => ChangeAsync(context, input.AccountId, input.Version,
            InputPath.Of(nameof(DisableAccountInput.AccountId)), InputPath.Of(nameof(DisableAccountInput.Version)),
            // Locked for ever: sign-in, token issuing and the token recheck all refuse a locked account.
            (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue), cancellationToken))
    {
        MayConflict = true, Subject = input => input.AccountId,
    };

    public static MutationCommand<EnableAccountInput, Account> Enable { get; } = new(_ => [],
        (input, context, cancellationToken) => ChangeAsync(context, input.AccountId, input.Version,
            InputPath.Of(nameof(EnableAccountInput.AccountId)), InputPath.Of(nameof(EnableAccountInput.Version)),
            async (users, user) => IsDisabled(user) ? await ClearLockoutAsync(users, user) : IdentityResult.Success,
            cancellationToken))
    {
        MayConflict = true, Subject = input => input.AccountId,
    };

    public static MutationCommand<UnlockAccountInput, Account> Unlock { get; } = new(_ => [], UnlockAsync)
    {
        MayConflict = true, Subject = input => input.AccountId,
    };

    public static MutationCommand<ResetAuthenticatorInput, Account> ResetAuthenticator { get; } = new(_ => [],
        (input, context, cancellationToken) => ChangeAsync(context, input.AccountId, input.Version,
            InputPath.Of(nameof(ResetAuthenticatorInput.AccountId)),
            InputPath.Of(nameof(ResetAuthenticatorInput.Version)),
            // Identity's own reset: a new key nobody has seen, which the user is shown when setting the app up again.
            async (users, user) =>
            {
                var disabled = await users.SetTwoFactorEnabledAsync(user, false);
                return disabled.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : disabled;
            }, cancellationToken))
    {
        MayConflict = true, Subject = input => input.AccountId,
    };

    private static async Task<Account?> CreateAsync(CreateAccountInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var unit = await context.FindAsync<OrgUnit>(input.UnitId, cancellationToken);
        var person = input.PersonId is null ? null : await context.FindAsync<Person>(input.PersonId, cancellationToken);
        if (unit is null || context.IsRefused) return null;
        RoleRules.MayHold(context, input.Roles, InputPath.Of(nameof(CreateAccountInput.Roles)));
        if (person is not null
            && await context.Db.Users.AnyAsync(u => u.PersonId == person.Id, cancellationToken))
            context.Refuse(new PersonHasAccountError(InputPath.Of(nameof(CreateAccountInput.PersonId))));

        var users = Users(context);
        var user = AccountMapper.ToUser(input);
        user.UnitId = unit.Id;
        user.PersonId = person?.Id;
        foreach (var validator in users.PasswordValidators)
            foreach (var error in (await validator.ValidateAsync(users, user, input.InitialPassword)).Errors)
                context.Refuse(new PasswordRejectedError(new(PasswordRuleZh(error), error.Description),
                    InputPath.Of(nameof(CreateAccountInput.InitialPassword))));
        if (context.IsRefused) return null;

        var created = await users.CreateAsync(user, input.InitialPassword);
        if (!created.Succeeded)
        {
            var path = InputPath.Of(nameof(CreateAccountInput.UserName));
            foreach (var error in created.Errors)
                context.Refuse(error.Code == nameof(IdentityErrorDescriber.DuplicateUserName)
                    ? new UserNameTakenError(input.UserName, path)
                    : new ValidationError(new("用户名只能包含字母、数字及 - . _ @ +。", error.Description), path));
            return null;
        }
        if (input.Roles.Count > 0) RoleCatalogue.Check(await users.AddToRolesAsync(user, input.Roles.Distinct()));
        return await ReadAsync(context, user.Id, cancellationToken);
    }

    private static async Task<Account?> GrantAsync(GrantRoleInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var account = await context.FindAsync<Account>(input.AccountId, input.Version, cancellationToken);
        if (account is null) return null;
        var rolePath = InputPath.Of(nameof(GrantRoleInput.Role));
        if (!Roles.Exists(input.Role)) context.Refuse(new UnknownRoleError(input.Role, rolePath));
        else if (IsCaller(context, account)) context.Refuse(new OwnRolesError(InputPath.Of(nameof(input.AccountId))));
        else if (!account.Roles.Contains(input.Role))
            RoleRules.MayHold(context, [.. account.Roles, input.Role], rolePath);
        if (context.IsRefused) return null;
        if (account.Roles.Contains(input.Role)) return account;
        var users = Users(context);
        RoleCatalogue.Check(await users.AddToRoleAsync(await UserAsync(users, account), input.Role));
        return await ReadAsync(context, account.Id, cancellationToken);
    }

    private static async Task<Account?> RevokeAsync(RevokeRoleInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var account = await context.FindAsync<Account>(input.AccountId, input.Version, cancellationToken);
        if (account is null) return null;
        if (!Roles.Exists(input.Role))
            context.Refuse(new UnknownRoleError(input.Role, InputPath.Of(nameof(RevokeRoleInput.Role))));
        else if (IsCaller(context, account))
            context.Refuse(new OwnRolesError(InputPath.Of(nameof(RevokeRoleInput.AccountId))));
        if (context.IsRefused) return null;
        if (!account.Roles.Contains(input.Role)) return account;
        var users = Users(context);
        RoleCatalogue.Check(await users.RemoveFromRoleAsync(await UserAsync(users, account), input.Role));
        return await ReadAsync(context, account.Id, cancellationToken);
    }

    private static async Task<Account?> UnlockAsync(UnlockAccountInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var account = await context.FindAsync<Account>(input.AccountId, input.Version, cancellationToken);
        if (account is null) return null;
        if (account.Disabled)
        {
            context.Refuse(new AccountDisabledError(InputPath.Of(nameof(UnlockAccountInput.AccountId))));
            return null;
        }
        var users = Users(context);
        RoleCatalogue.Check(await ClearLockoutAsync(users, await UserAsync(users, account)));
        return await ReadAsync(context, account.Id, cancellationToken);
    }

    /// <summary>Finds the account in the caller's scope at its version and applies <paramref name="change"/> to its
    /// user.</summary>
    private static async Task<Account?> ChangeAsync(MutationContext context, string accountId, int version,
        IReadOnlyList<string> idPath, IReadOnlyList<string> versionPath,
        Func<UserManager<GatewayUser>, GatewayUser, Task<IdentityResult>> change, CancellationToken cancellationToken)
    {
        var account = await context.FindAsync<Account>(accountId, idPath, (version, versionPath), cancellationToken);
        if (account is null) return null;
        var users = Users(context);
        RoleCatalogue.Check(await change(users, await UserAsync(users, account)));
        return await ReadAsync(context, account.Id, cancellationToken);
    }

    private static async Task<IdentityResult> ClearLockoutAsync(UserManager<GatewayUser> users, GatewayUser user)
    {
        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        return unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(user) : unlocked;
    }

    private static bool IsDisabled(GatewayUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    /// <summary>Whether the account is the caller's own: a person's token names their account; a machine client's
    /// names the client itself.</summary>
    private static bool IsCaller(MutationContext context, Account account) =>
        context.Caller.Actor != context.Caller.ClientId
        && context.Caller.Actor == account.Id.ToString(CultureInfo.InvariantCulture);

    private static UserManager<GatewayUser> Users(MutationContext context) =>
        context.Services.GetRequiredService<UserManager<GatewayUser>>();

    private static async Task<GatewayUser> UserAsync(UserManager<GatewayUser> users, Account account) =>
        await users.FindByIdAsync(account.Id.ToString(CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException($"Account {account.Id} has no user.");

    /// <summary>The account as now stored, read past the copy the context tracks from before the change.</summary>
    private static Task<Account?> ReadAsync(MutationContext context, long id, CancellationToken cancellationToken) =>
        context.Db.Set<Account>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    private static string PasswordRuleZh(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "密码太短。",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码须含数字。",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码须含小写字母。",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码须含大写字母。",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "密码须含符号。",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "密码所含不同字符太少。",
        _ => "密码不符合密码规则。",
    };
}
