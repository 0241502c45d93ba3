using Gateway.Api.Security;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Administration;

/// <summary><c>roles</c> lists the catalogue the server enforces, so a client offering roles never keeps a copy that
/// drifts from it.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class RoleCatalogueTests(GatewayApiFactory factory)
{
    [Fact]
    public async Task Every_role_comes_with_its_permissions_and_how_it_may_be_held()
    {
        // A dashboard's client, holding no administrative permission, reads it as well: it describes the system.
        var roles = (await factory.CreateGraphQLClient("demo-dashboard")
            .QueryAsync("{ roles { name permissions secondFactorRequired separatedDuty } }"))["roles"]!.AsArray()
            .Select(r => r!).ToList();

        Assert.Equal(Roles.Grants.Keys.Order(StringComparer.Ordinal),
            roles.Select(r => r.Str("name")).Order(StringComparer.Ordinal));
        foreach (var role in roles)
        {
            var name = role.Str("name");
            Assert.Equal(Roles.Grants[name].Order(StringComparer.Ordinal),
                role["permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
            Assert.Equal((Roles.RequireSecondFactor.Contains(name), Roles.SeparatedDuties.Contains(name)),
                (role["secondFactorRequired"]!.GetValue<bool>(), role["separatedDuty"]!.GetValue<bool>()));
        }
        Assert.Contains(roles, r => r.Str("name") == Roles.SystemAdmin
            && r["secondFactorRequired"]!.GetValue<bool>() && r["separatedDuty"]!.GetValue<bool>());
    }
}
