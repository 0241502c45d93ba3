using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Offices;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Check 24 through the API: every demo principal changing each unit outside its scope, and a unit that does not
/// exist, through every mutation of units (as the unit changed, the parent of a new one or the station to move
/// to, the unit of a new account or machine client), gets NOT_FOUND when it may make the change at all and the
/// request-level permission error otherwise, and every unit stays as it was. Runs on its own copy of the county.
/// </summary>
public sealed class MutationIsolationTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string EquipmentDocument = """
        mutation Equip($input: UpdateOfficeEquipmentInput!) {
          updateOfficeEquipment(input: $input) { orgUnit { id } errors { ... on Error { code } } }
        }
        """;

    public static TheoryData<string, string> ClientsAndMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in new[]
            {
                "renameOrgUnit", "updateOfficeEquipment", "createOrgUnit", "attachOrgUnit", "closeOrgUnit",
                "createAccount", "registerApiClient",
            })
            data.Add(clientId, mutation);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClientsAndMutations))]
    public async Task Changing_a_unit_outside_the_callers_scope_reads_not_found_and_changes_nothing(string clientId,
        string mutation)
    {
        var (units, principal) = await factory.WithDbAsync(async db =>
        {
            var all = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            return (all, (Path: all.Single(u => u.Id == client.OwnerUnitId).Path,
                Permissions: Roles.PermissionsOf(client.Roles)));
        });
        var outside = units.Where(u => !u.Path.StartsWith(principal.Path, StringComparison.Ordinal))
            .Select(OrgUnitRenames.IdOf).ToList();
        // The county bureau sees the whole tree; every other principal has units beyond its reach.
        Assert.True(outside.Count > 0 || principal.Path == units.Single(u => u.ParentId == null).Path, clientId);
        var mayRename = principal.Permissions.Contains(mutation switch
        {
            "createAccount" => Permissions.UsersManage,
            "registerApiClient" => Permissions.ClientsManage,
            _ => Permissions.StaffingWrite,
        });
        var client = factory.CreateGraphQLClient(clientId);

        foreach (var id in outside.Append(GlobalId.Encode("OrgUnit", units.Max(u => u.Id) + 1)))
        {
            var response = mutation switch
            {
                "renameOrgUnit" => await client.RenameAsync(id, $"Renamed by {clientId}", "越权改名"),
                "updateOfficeEquipment" => await client.PostAsync(EquipmentDocument, new
                {
                    input = new
                    {
                        id, version = 0, hasSignage = false, cameras = 99, computers = 99, mobilePoliceTerminals = 99,
                        policeBicycles = 99,
                    },
                }),
                _ => await client.PostAsync(UnitDocument(mutation), new { input = UnitInput(mutation, id, clientId) }),
            };

            if (mayRename)
            {
                response.AssertSuccess();
                Assert.Null(response.Data![mutation]![ResultField(mutation)]);
                // Every foreign unit the input names is reported, so a move names two.
                var errors = response.Data![mutation]!.Items("errors");
                Assert.NotEmpty(errors);
                Assert.All(errors, error => Assert.Equal("NOT_FOUND", error.Str("code")));
            }
            else
            {
                Assert.Null(response.Data);
                // The mutation refused, and the result type too when it needs the same permission.
                Assert.NotEmpty(response.ErrorCodes);
                Assert.All(response.ErrorCodes, code => Assert.Equal(PermissionValidationRule.AccessDenied, code));
            }
        }

        var after = await factory.WithDbAsync(db => db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync());
        Assert.Equal(units.Select(State), after.Select(State));

        static object State(Api.Offices.OrgUnit u) => (u.Id, u.Name, u.NameZh, u.Version, u.HasSignage, u.Cameras,
            u.Computers, u.MobilePoliceTerminals, u.PoliceBicycles, u.Path, u.ParentId, u.ClosedOn);
    }

    private static string ResultField(string mutation) => mutation switch
    {
        "createAccount" => "account",
        "registerApiClient" => "apiClient",
        _ => "orgUnit",
    };

    private static string UnitDocument(string mutation) =>
        $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) "
        + $"{{ {mutation}(input: $input) {{ {ResultField(mutation)} {{ id }} "
        + "errors { ... on Error { code } } } }";

    /// <summary>An input naming the foreign unit <paramref name="id"/> wherever the mutation takes a unit.</summary>
    private static object UnitInput(string mutation, string id, string clientId) => mutation switch
    {
        "createOrgUnit" => new
        {
            kind = "COMMUNITY_OFFICE", code = $"new-{clientId}", name = "New", nameZh = "新", parentId = id,
            openedOn = "2026-12-01",
        },
        "attachOrgUnit" => new { id, version = 0, stationId = id, on = "2026-12-01" },
        "createAccount" => new
        {
            unitId = id, userName = $"new.{clientId}", displayName = "New", initialPassword = "Gateway-new-2026!",
            roles = Array.Empty<string>(),
        },
        "registerApiClient" => new
        {
            clientId = $"new-{clientId}", displayName = "New", unitId = id, roles = new[] { Roles.Dashboard },
        },
        _ => new { id, version = 0, lastDay = "2026-12-31" } as object,
    };
}
