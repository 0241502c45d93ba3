using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Security.Accounts;

/// <summary>
/// Identity's user manager, plus the rule that one account never holds two separated duties, and a password check
/// for names no account has.
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
    : UserManager<GatewayUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override Task<IdentityResult> AddToRoleAsync(GatewayUser user, string role) => AddToRolesAsync(user, [role]);

    public override async Task<IdentityResult> AddToRolesAsync(GatewayUser user, IEnumerable<string> roles)
    {
        var wanted = roles.ToList();
        var conflict = Roles.Conflict([.. await GetRolesAsync(user), .. wanted]);
        return conflict is null
            ? await base.AddToRolesAsync(user, wanted)
            : IdentityResult.Failed(new IdentityError { Code = "SeparatedDuties", Description = conflict });
    }

    /// <summary>
    /// Checks <paramref name="password"/> against a made-up account: a sign-in under a name no account has then takes
    /// as long as a wrong password, so its timing does not tell which names exist.
    /// </summary>
    public void CheckPasswordOfNoAccount(string password)
    {
        var hash = placeholderHash ??= PasswordHasher.HashPassword(Placeholder, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        PasswordHasher.VerifyHashedPassword(Placeholder, hash, password);
    }

    private static readonly GatewayUser Placeholder = new();

    // Hashed on first use with the configured hasher, so it costs what a real account's hash costs.
    private static string? placeholderHash;
}
