using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Security.Accounts;

/// <summary>
/// Identity's user manager, plus the rule that one account never holds two separated duties, a new security stamp
/// whenever roles change or the account is locked, so the live tokens issued before are refused (Identity renews it
/// for passwords and second factors, not for these), and a password check for names no account has.
/// </summary>
public sealed class GatewayUserManager(
    IUserStore<GatewayUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<GatewayUser> passwordHasher,
    IEnumerable<IUserValidator<GatewayUser>> userValidators,
    IEnumerable<IPasswordValidator<GatewayUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<GatewayUser>> logger)
    : UserManager<GatewayUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators,
        keyNormalizer, errors, services, logger)
{
    public override Task<IdentityResult> AddToRoleAsync(GatewayUser user, string role) => AddToRolesAsync(user, [role]);

    public override async Task<IdentityResult> AddToRolesAsync(GatewayUser user, IEnumerable<string> roles)
    {
        var wanted = roles.ToList();
        var conflict = Roles.Conflict([.. await GetRolesAsync(user), .. wanted]);
        return conflict is null
            ? await RenewStampAfterAsync(user, await base.AddToRolesAsync(user, wanted))
            : IdentityResult.Failed(new IdentityError { Code = "SeparatedDuties", Description = conflict });
    }

    public override Task<IdentityResult> RemoveFromRoleAsync(GatewayUser user, string role) =>
        RemoveFromRolesAsync(user, [role]);

    public override async Task<IdentityResult> RemoveFromRolesAsync(GatewayUser user, IEnumerable<string> roles) =>
        await RenewStampAfterAsync(user, await base.RemoveFromRolesAsync(user, roles));

    /// <summary>Locking or disabling (an end date) retires the tokens issued before, even once the lock is
    /// lifted.</summary>
    public override async Task<IdentityResult> SetLockoutEndDateAsync(GatewayUser user, DateTimeOffset? lockoutEnd)
    {
        var result = await base.SetLockoutEndDateAsync(user, lockoutEnd);
        return lockoutEnd is null ? result : await RenewStampAfterAsync(user, result);
    }

    /// <summary>
    /// Every change of an account passes here. Identity's store marks every column changed, which the context reads as
    /// a version set by the caller, so the version is raised here; the UPDATE still checks the one read.
    /// </summary>
    protected override Task<IdentityResult> UpdateUserAsync(GatewayUser user)
    {
        user.Version++;
        return base.UpdateUserAsync(user);
    }

    private async Task<IdentityResult> RenewStampAfterAsync(GatewayUser user, IdentityResult result) =>
        result.Succeeded ? await UpdateSecurityStampAsync(user) : result;

    /// <summary>
    /// Checks <paramref name="password"/> against a made-up account: a sign-in under a name no account has then takes
    /// as long as a wrong password, so its timing does not tell which names exist.
    /// </summary>
    public void CheckPasswordOfNoAccount(string password)
    {
        var hash = placeholderHash ??= PasswordHasher.HashPassword(Placeholder,
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        PasswordHasher.VerifyHashedPassword(Placeholder, hash, password);
    }

    private static readonly GatewayUser Placeholder = new();

    // Hashed on first use with the configured hasher, so it costs what a real account's hash costs.
    private static string? placeholderHash;
}
