using Gateway.Api.Offices;
using Gateway.Api.Tests.Infrastructure;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.Offices;

/// <summary>An office keeps its equipment list (标准化建设: signage, cameras, computers, terminals, bicycles).</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class OfficeEquipmentTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private const string Document = """
        mutation Equip($input: UpdateOfficeEquipmentInput!) {
          updateOfficeEquipment(input: $input) {
            orgUnit { hasSignage cameras computers mobilePoliceTerminals policeBicycles version }
            errors { __typename ... on Error { code path } }
          }
        }
        """;

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    /// <summary>Sends the equipment of <paramref name="unit"/> as Anmin's integration, with the version read.</summary>
    private Task<GraphQLResponse> EquipAsync(OrgUnit unit, bool hasSignage, int cameras, int computers, int terminals,
        int bicycles) =>
        factory.CreateGraphQLClient("demo-anmin").PostAsync(Document, new
        {
            input = new
            {
                id = IdOf(unit), version = unit.Version, hasSignage, cameras, computers,
                mobilePoliceTerminals = terminals, policeBicycles = bicycles,
            },
        });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_office_records_its_equipment_and_the_version_rises()
    {
        var before = await factory.UnitAsync("anmin");

        var response = await EquipAsync(before, true, 6, 3, 4, 2);

        response.AssertSuccess();
        Assert.Null(response.Data!["updateOfficeEquipment"]!["errors"]);
        var after = await factory.UnitAsync("anmin");
        Assert.Equal((true, 6, 3, 4, 2, before.Version + 1),
            (after.HasSignage, after.Cameras, after.Computers, after.MobilePoliceTerminals, after.PoliceBicycles,
                after.Version));
        Assert.Equal((before.Name, before.Path), (after.Name, after.Path));
    }

    [Fact]
    public async Task Negative_or_absurd_counts_are_validation_errors_at_their_fields_and_nothing_changes()
    {
        var before = await factory.UnitAsync("anmin");

        var response = await EquipAsync(before, true, -1, 3, 4, OrgUnit.MaxEquipmentCount + 1);

        var errors = response.Data!["updateOfficeEquipment"]!["errors"]!.AsArray();
        Assert.Equal(["input.cameras", "input.policeBicycles"],
            errors.Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.GetValue<string>()))));
        Assert.All(errors, e => Assert.Equal("VALIDATION", e!.Str("code")));
        var after = await factory.UnitAsync("anmin");
        Assert.Equal((before.Cameras, before.PoliceBicycles, before.Version),
            (after.Cameras, after.PoliceBicycles, after.Version));
    }

    [Fact]
    public async Task Another_offices_equipment_is_not_found_and_unchanged()
    {
        var longxiang = await factory.UnitAsync("longxiang");

        var response = await EquipAsync(longxiang, false, 0, 0, 0, 0);

        var error = Assert.Single(response.Data!["updateOfficeEquipment"]!["errors"]!.AsArray())!;
        Assert.Equal("NOT_FOUND", error.Str("code"));
        Assert.Equal(longxiang.Cameras, (await factory.UnitAsync("longxiang")).Cameras);
    }
}
