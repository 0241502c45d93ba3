using Microsoft.AspNetCore.Identity;

namespace Gateway.Api.Security.Accounts;

public static class RoleCatalogue
{
    /// <summary>Makes the stored roles match the catalogue in <see cref="Roles"/>, so accounts can be given any of
    /// them.</summary>
    public static async Task SyncAsync(RoleManager<GatewayRole> roles)
    {
        foreach (var name in Roles.Grants.Keys)
            if (!await roles.RoleExistsAsync(name))
                Check(await roles.CreateAsync(new GatewayRole { Name = name }));
    }

    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
