using Gateway.Api.Security;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Administration;

/// <summary>
/// <c>viewer</c> tells a caller what its own token carries (the admin page builds its menu from it): the name, roles
/// and permissions of the signed-in user or the machine client, and whether a second factor was used.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class ViewerTests(GatewayApiFactory factory)
{
    private const string Query = "{ viewer { name roles permissions secondFactor } }";

    [Fact]
    public async Task A_community_officer_sees_their_role_and_its_permissions()
    {
        var session = await UserSignIn.SignInAsync(factory, "nanjing.officer");

        var viewer = (await session.Client.QueryAsync(Query))["viewer"]!;

        Assert.Equal("Nanjing community officer", viewer["name"]!.GetValue<string>());
        Assert.Equal([Roles.CommunityOfficer], viewer["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(Roles.PermissionsOf([Roles.CommunityOfficer]).Order(StringComparer.Ordinal),
            viewer["permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.False(viewer["secondFactor"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_auditor_sees_the_audit_permission_alone()
    {
        var session = await UserSignIn.SignInAsync(factory, "auditor");

        var viewer = (await session.Client.QueryAsync(Query))["viewer"]!;

        Assert.Equal([Permissions.AuditRead], viewer["permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task The_bureau_admin_signed_in_with_the_second_factor()
    {
        var session = await UserSignIn.SignInAsync(factory, "bureau.admin");

        var viewer = (await session.Client.QueryAsync(Query))["viewer"]!;

        Assert.Equal([Roles.SystemAdmin], viewer["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.True(viewer["secondFactor"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_machine_client_sees_its_own_roles()
    {
        var viewer = (await factory.CreateGraphQLClient("demo-dashboard").QueryAsync(Query))["viewer"]!;

        Assert.Equal("County statistics dashboard", viewer["name"]!.GetValue<string>());
        Assert.Equal([Roles.Dashboard], viewer["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.False(viewer["secondFactor"]!.GetValue<bool>());
    }
}
