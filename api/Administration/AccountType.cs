using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Administration;

public sealed class AccountType : EntityGraphType<Account>
{
    protected override void Define()
    {
        Name = "Account";
        Description = "A user account (用户账号) of a unit: who signs in, and the roles they hold there.";
        this.RequirePermission(Permissions.UsersManage);
        Field(a => a.UserName).Description("The name the user signs in with.");
        Field(a => a.DisplayName).Description("The name shown for the user.");
        RequiredReference<OrgUnit>("unit", a => a.UnitId, "The unit whose rows, and those below, the user reads.");
        Reference<Person>("person", a => a.PersonId, "Who the user is in personnel; null for a service account.");
        Field(a => a.Roles).Description("The roles the account holds, in order of name.");
        Field(a => a.LockedUntil, nullable: true).Description(
            "End of the latest lockout after failed sign-ins (locked while it lies ahead); null if there was none.");
        Field(a => a.Disabled).Description("Disabled by an administrator: no sign-in, no token, until enabled.");
        Field(a => a.HasAuthenticator).Description(
            "The user has set up an authenticator app (second factor); false after a reset, until set up again.");
        Field(a => a.Version).Description(
            "Raised by every change of the account, sign-ins included; a change names the version it read, and a "
            + "stale one is refused with CONFLICT.");
    }
}
