using Gateway.Api.Security;

namespace Gateway.Api.Administration;

/// <summary>A role of the catalogue (<see cref="Roles"/>) as clients offer it when they give accounts and clients
/// roles.</summary>
public sealed record RoleEntry(string Name, IReadOnlyList<string> Permissions, bool SecondFactorRequired,
    bool SeparatedDuty)
{
    public static IReadOnlyList<RoleEntry> All { get; } = [.. Roles.Grants.Select(role => new RoleEntry(role.Key,
        [.. role.Value.Order(StringComparer.Ordinal)], Roles.RequireSecondFactor.Contains(role.Key),
        Roles.SeparatedDuties.Contains(role.Key)))];
}
