using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Administration;

/// <summary>A security admin's changes to accounts of its scope (users.manage).</summary>
public sealed class AccountMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateAccountInput, Account, AccountType>("createAccount",
                "Creates an account (账号) in a unit of the caller's scope, for a person of personnel, with its first "
                + "password and roles; the password is never answered back.", "account",
                AccountAdministration.Create, typeof(ErrorGraphType<UnknownRoleError>),
                typeof(ErrorGraphType<SeparatedDutiesError>), typeof(ErrorGraphType<UserNameTakenError>),
                typeof(ErrorGraphType<PasswordRejectedError>), typeof(ErrorGraphType<PersonHasAccountError>))
            .RequirePermission(Permissions.UsersManage);
        mutation.Mutation<GrantRoleInput, Account, AccountType>("grantRole",
                "Gives an account of the caller's scope a role; its holder gets the role's permissions at the next "
                + "sign-in, and its live tokens stop.", "account",
                AccountAdministration.Grant, typeof(ErrorGraphType<UnknownRoleError>),
                typeof(ErrorGraphType<SeparatedDutiesError>), typeof(ErrorGraphType<OwnRolesError>))
            .RequirePermission(Permissions.UsersManage);
        mutation.Mutation<RevokeRoleInput, Account, AccountType>("revokeRole",
                "Takes a role from an account of the caller's scope; its live tokens stop.", "account",
                AccountAdministration.Revoke, typeof(ErrorGraphType<UnknownRoleError>),
                typeof(ErrorGraphType<OwnRolesError>))
            .RequirePermission(Permissions.UsersManage);
        mutation.Mutation<DisableAccountInput, Account, AccountType>("disableAccount",
                "Disables an account (停用): no sign-in and no token until enabled; its live tokens stop.", "account",
                AccountAdministration.Disable)
            .RequirePermission(Permissions.UsersManage);
        mutation.Mutation<EnableAccountInput, Account, AccountType>("enableAccount",
                "Enables a disabled account; enabling one that is not disabled changes nothing.", "account",
                AccountAdministration.Enable)
            .RequirePermission(Permissions.UsersManage);
        mutation.Mutation<UnlockAccountInput, Account, AccountType>("unlockAccount",
                "Ends an account's lockout after failed sign-ins and clears the count of failures.", "account",
                AccountAdministration.Unlock, typeof(ErrorGraphType<AccountDisabledError>))
            .RequirePermission(Permissions.UsersManage);
        mutation.Mutation<ResetAuthenticatorInput, Account, AccountType>("resetAuthenticator",
                "Forgets an account's authenticator app (lost phone): the old codes stop working, its live tokens "
                + "stop, and the user sets up the app again.", "account",
                AccountAdministration.ResetAuthenticator)
            .RequirePermission(Permissions.UsersManage);
    }
}
