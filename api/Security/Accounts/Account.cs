using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Security.Accounts;

/// <summary>
/// An account as administrators read it, never written: the user row with its unit's path and its roles, read through
/// <see cref="AccountConfiguration"/>'s query. The path makes accounts tenant-owned like any row (the caller sees those
/// of its unit and below, in SQL), which the user rows themselves cannot be: sign-in reads them before any scope
/// exists. Its id is the user's.
/// </summary>
[TenantOwned(nameof(UnitPath))]
public sealed class Account : Entity, IVersioned
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public long UnitId { get; set; }
    public string UnitPath { get; set; } = "";
    public long? PersonId { get; set; }
    public List<string> Roles { get; set; } = [];
    /// <summary>End of the latest lockout after failed sign-ins, past or ahead; null when disabled.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    public bool Disabled { get; set; }
    public bool HasAuthenticator { get; set; }
    public int Version { get; set; }
}
