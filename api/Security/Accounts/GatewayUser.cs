using Gateway.Api.Data;
using Microsoft.AspNetCore.Identity;

namespace Gateway.Api.Security.Accounts;

/// <summary>A person's account: the unit whose rows they may see and, for officers, who they are in
/// personnel.</summary>
public sealed class GatewayUser : IdentityUser<long>, IIdentified, IVersioned
{
    public string DisplayName { get; set; } = "";
    /// <summary>
    /// The account's unit, a key without a navigation: accounts are read before any tenant scope exists (sign-in),
    /// and a required navigation into the tenant-filtered units would drop or hide accounts whose unit the current
    /// caller cannot see.
    /// </summary>
    public long UnitId { get; set; }
    public long? PersonId { get; set; }
    /// <summary>Raised by <see cref="GatewayUserManager"/> on every change of the account, sign-in failures
    /// included.</summary>
    public int Version { get; set; }
}
