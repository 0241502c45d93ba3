using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Gateway.Api.Tests.Personnel;
using static Gateway.Api.FieldWork.FieldWorkKind;

namespace Gateway.Api.Tests.FieldWork;

/// <summary><c>setWorkTargets</c>, from a unit above the one set, and the targets a unit works to: its own, else its
/// nearest ancestor's, else the report's numbers. Runs on its own copy of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class WorkTargetsTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Effective = "query($code: String!) { orgUnits(where: { code: { eq: $code } }) { nodes { "
        + "workTargets { residentsVisitedPerDay visitDaysPerWeek source setAt { code } } ownWorkTargets { id version } "
        + "} } }";

    private static object Targets(string unitId, int? version, int residents = 20, int visitDays = 3) => new
    {
        unitId, version, residentsVisitedPerDay = residents, visitDaysPerWeek = visitDays,
        specialGroupServicesPerMonth = 10, populationRecordsPerOfficePerDay = 20, vehicleChecksPerOfficePerDay = 5,
    };

    private static async Task<(int Residents, string Source, string? SetAt, string? Own)> EffectiveAsync(
        GraphQLClient client, string code)
    {
        var unit = Assert.Single((await client.QueryAsync(Effective, new { code }))["orgUnits"]!.Items("nodes"));
        var targets = unit["workTargets"]!;
        return (targets["residentsVisitedPerDay"]!.GetValue<int>(), targets.Str("source"),
            targets["setAt"]?.Str("code"), unit["ownWorkTargets"]?.Str("id"));
    }

    [Fact]
    public async Task An_office_works_to_the_bureaus_targets_without_reading_the_bureaus_row()
    {
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");

        Assert.Equal((20, "INHERITED", null, null), await EffectiveAsync(nanjing, "nanjing"));
        Assert.Equal((20, "INHERITED", "bureau", null), await EffectiveAsync(factory.CreateGraphQLClient(), "nanjing"));
        Assert.All((await nanjing.QueryAsync("{ orgUnits { nodes { ownWorkTargets { id } } } }"))["orgUnits"]!
            .Items("nodes"), u => Assert.Null(u["ownWorkTargets"]));
    }

    [Fact]
    public async Task A_units_targets_are_set_from_above_and_only_the_bureau_sets_its_own()
    {
        var (bureau, station, nanjing) = (factory.CreateGraphQLClient(), factory.CreateGraphQLClient("demo-station"),
            factory.CreateGraphQLClient("demo-nanjing"));
        var bureauUnit = await factory.UnitAsync("bureau");
        var (bureauId, stationId, nanjingId) = (Staffing.IdOf(bureauUnit),
            Staffing.IdOf(await factory.UnitAsync("xunchang")), Staffing.IdOf(await factory.UnitAsync("nanjing")));
        var bureauVersion = await factory.WithDbAsync(db => db.WorkTargets
            .Where(t => t.OwnerUnitId == bureauUnit.Id).Select(t => t.Version).SingleAsync());
        var before = await TargetRowsAsync();

        var officeForItself = await nanjing.SendAsync("setWorkTargets", Targets(nanjingId, null, residents: 5));
        var stationForItself = await station.SendAsync("setWorkTargets", Targets(stationId, null, residents: 5));
        var refusedRows = await TargetRowsAsync();
        var stationForOffice = (await station.SendAsync("setWorkTargets", Targets(nanjingId, null, residents: 25)))
            .Made("workTargets");
        var bureauForItself = (await bureau.SendAsync("setWorkTargets",
            Targets(bureauId, bureauVersion, residents: 22))).Made("workTargets");
        var bureauForOffice = (await bureau.SendAsync("setWorkTargets", Targets(nanjingId, 0, residents: 24)))
            .Made("workTargets");

        Assert.Equal(("TargetsSetFromAboveError", "TARGETS_SET_FROM_ABOVE", "input.unitId"),
            officeForItself.Refusal("workTargets"));
        Assert.Contains("上级单位", officeForItself["errors"]![0]!.Str("message"));
        Assert.Equal(("TargetsSetFromAboveError", "TARGETS_SET_FROM_ABOVE", "input.unitId"),
            stationForItself.Refusal("workTargets"));
        Assert.Equal(before, refusedRows);
        Assert.Equal((25, "nanjing"),
            (stationForOffice["residentsVisitedPerDay"]!.GetValue<int>(), stationForOffice["unit"]!.Str("code")));
        Assert.Equal((22, bureauVersion + 1),
            (bureauForItself["residentsVisitedPerDay"]!.GetValue<int>(), bureauForItself["version"]!.GetValue<int>()));
        Assert.Equal((24, 1),
            (bureauForOffice["residentsVisitedPerDay"]!.GetValue<int>(), bureauForOffice["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_nearest_units_targets_apply_and_count_in_the_reports()
    {
        var bureau = factory.CreateGraphQLClient();
        var station = factory.CreateGraphQLClient("demo-station");
        var stationId = Staffing.IdOf(await factory.UnitAsync("xunchang"));
        var nanjingId = Staffing.IdOf(await factory.UnitAsync("nanjing"));
        var (officer, nanjing) = await factory.OfficerAsync("nanjing");
        await factory.AddWorkAsync(officer, nanjing, (ResidentVisit, "2026-11-02", 18));

        var set = (await bureau.SendAsync("setWorkTargets", Targets(stationId, null, residents: 18)))
            .Made("workTargets");
        var fromStation = await EffectiveAsync(station, "nanjing");
        var met = Assert.Single(await station.ThreeMustsAsync(officer, "2026-11-02", "2026-11-02"));
        var own = (await station.SendAsync("setWorkTargets", Targets(nanjingId, null, residents: 25)))
            .Made("workTargets");
        var fromOffice = await EffectiveAsync(station, "nanjing");

        Assert.Equal((18, "xunchang", 0), (set["residentsVisitedPerDay"]!.GetValue<int>(), set["unit"]!.Str("code"),
            set["version"]!.GetValue<int>()));
        Assert.Equal((18, "INHERITED", "xunchang", null), fromStation);
        Assert.Empty(met.Items("daysMissed"));
        Assert.Equal((25, "OWN", "nanjing", own.Str("id")), fromOffice);
    }

    [Fact]
    public async Task A_unit_with_targets_of_its_own_changes_them_at_the_version_read()
    {
        var station = factory.CreateGraphQLClient();
        var stationId = Staffing.IdOf(await factory.UnitAsync("xunchang"));
        (await station.SendAsync("setWorkTargets", Targets(stationId, null))).Made("workTargets");

        var withoutVersion = await station.SendAsync("setWorkTargets", Targets(stationId, null, residents: 22));
        var changed = (await station.SendAsync("setWorkTargets", Targets(stationId, 0, residents: 22)))
            .Made("workTargets");
        var stale = await station.SendAsync("setWorkTargets", Targets(stationId, 0, residents: 23));
        var outOfRange = await station.SendAsync("setWorkTargets", Targets(stationId, 1, visitDays: 8));

        Assert.Equal(("ValidationError", "VALIDATION", "input.version"), withoutVersion.Refusal("workTargets"));
        Assert.Equal((22, 1),
            (changed["residentsVisitedPerDay"]!.GetValue<int>(), changed["version"]!.GetValue<int>()));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Refusal("workTargets"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.visitDaysPerWeek"), outOfRange.Refusal("workTargets"));
    }

    private Task<string> TargetRowsAsync() => factory.WithDbAsync(async db => string.Join('\n',
        (await db.WorkTargets.AsNoTracking().OrderBy(t => t.Id).ToListAsync()).Select(t =>
            $"{t.Id} {t.OwnerUnitId} {t.ResidentsVisitedPerDay} {t.Version}")));
}
