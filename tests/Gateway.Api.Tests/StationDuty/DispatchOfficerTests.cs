using Gateway.Api.Audit;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.StationDuty;

/// <summary>
/// <c>dispatchOfficer</c>: office police and auxiliaries go only into their own office's grids or office, judged on
/// the dispatch's day in Asia/Shanghai; station officers go anywhere; grid workers are not dispatched at all.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class DispatchOfficerTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private const string At = "2026-10-30T21:15:00+08:00";

    private StationDutyCast cast = null!;

    public async Task InitializeAsync()
    {
        await factory.ResetToSeededCountyAsync();
        cast = await StationDutyCast.ReadAsync(factory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<GraphQLResponse> DispatchAsync(string person, string? grid = null, string? office = null,
        string? text = null, string dispatchedAt = At, string? acceptLanguage = null, string? idempotencyKey = null,
        string client = "demo-station") =>
        factory.CreateGraphQLClient(client).SendAsync("DispatchOfficer", new
        {
            stationId = cast.Station, personId = person, dispatchedAt, destinationGridId = grid,
            destinationOfficeId = office, destinationText = text, reason = "群众报警：邻里纠纷引发打斗", idempotencyKey,
        }, acceptLanguage);

    [Fact]
    public async Task The_station_cannot_send_Nanjings_community_officer_into_a_Longxiang_grid()
    {
        var before = await factory.CountAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var english = (await DispatchAsync(cast.NanjingPolice, grid: cast.LongxiangGrid, acceptLanguage: "en"))
            .SingleError("dispatch");
        var chinese = (await DispatchAsync(cast.NanjingPolice, grid: cast.LongxiangGrid)).SingleError("dispatch");

        Assert.Equal(("ThreeNotsDispatchError", "THREE_NOTS_DISPATCH", "input.personId"),
            (english.Str("__typename"), english.Str("code"), english.PathOf()));
        Assert.Equal(
            "Under the \"three nots\", office police and auxiliaries are not dispatched outside their area: on "
            + "2026-10-30 the person holds a posting at Nanjing Community Police Office, and the destination is "
            + "neither one of its grids nor the office itself.", english.Str("message"));
        Assert.Contains("南井社区警务室", chinese.Str("message"));
        Assert.Equal(before, await factory.CountAsync());
        Assert.All(await factory.AuditAfterAsync(lastAudit), r =>
            Assert.Equal((StationDutyRequests.OperationOf("dispatchOfficer"), AuditOutcome.Failed),
                (r.Operation, r.Outcome)));
    }

    [Fact]
    public async Task Office_staff_go_into_their_own_offices_grids_and_office_and_nowhere_else()
    {
        Assert.Equal(cast.NanjingGrid, (await DispatchAsync(cast.NanjingPolice, grid: cast.NanjingGrid))
            .Result("dispatch").RefId("destinationGrid"));
        Assert.Equal(cast.Nanjing, (await DispatchAsync(cast.NanjingAuxiliary, office: cast.Nanjing))
            .Result("dispatch").RefId("destinationOffice"));

        Assert.Equal("THREE_NOTS_DISPATCH",
            (await DispatchAsync(cast.NanjingAuxiliary, grid: cast.LongxiangGrid)).SingleError("dispatch").Str("code"));
        Assert.Equal("THREE_NOTS_DISPATCH",
            (await DispatchAsync(cast.NanjingPolice, office: cast.Longxiang)).SingleError("dispatch").Str("code"));
        // A place in words cannot be shown to lie in the office's area.
        Assert.Equal("THREE_NOTS_DISPATCH",
            (await DispatchAsync(cast.NanjingPolice, text: "南井社区菜市场")).SingleError("dispatch").Str("code"));
    }

    [Fact]
    public async Task A_station_officer_goes_anywhere_and_the_instant_is_stored_in_UTC()
    {
        var toGrid = (await DispatchAsync(cast.StationOfficer, grid: cast.LongxiangGrid)).Result("dispatch");
        var toPlace = (await DispatchAsync(cast.StationOfficer, text: "  巡场镇珙泉路与人民路交叉口 ",
            dispatchedAt: "2026-10-30T13:15:00")).Result("dispatch");

        Assert.Equal(cast.LongxiangGrid, toGrid.RefId("destinationGrid"));
        Assert.Equal("巡场镇珙泉路与人民路交叉口", toPlace.Str("destinationText"));
        // A time without an offset is read as UTC, as the DateTime scalar reads it.
        var ids = new[] { toGrid, toPlace }.Select(d => JsonExtensions.RowId(d.Str("id"), "Dispatch")).ToList();
        var stored = await factory.WithDbAsync(db => db.Dispatches.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => d.DispatchedAt).ToListAsync());
        Assert.Equal([new DateTime(2026, 10, 30, 13, 15, 0, DateTimeKind.Utc)], stored.Distinct());
        Assert.Equal(2, stored.Count);
    }

    [Theory]
    [InlineData("2023-12-31T23:59:00+08:00", null)]
    [InlineData("2023-12-31T15:59:00Z", null)]
    [InlineData("2023-12-31T16:00:00Z", "THREE_NOTS_DISPATCH")]
    [InlineData("2024-01-01T00:00:00+08:00", "THREE_NOTS_DISPATCH")]
    public async Task The_day_a_dispatch_is_judged_on_is_its_day_in_Shanghai(string dispatchedAt, string? refusedWith)
    {
        var response = await DispatchAsync(cast.XinqiaoIncoming, grid: cast.NanjingGrid, dispatchedAt: dispatchedAt);

        if (refusedWith is null) response.Result("dispatch");
        else Assert.Equal(refusedWith, response.SingleError("dispatch").Str("code"));
    }

    [Fact]
    public async Task A_grid_worker_is_not_station_staff_and_is_refused_with_a_validation_error()
    {
        var before = await factory.CountAsync();

        var error = (await DispatchAsync(cast.GridWorker, grid: cast.NanjingGrid)).SingleError("dispatch");

        Assert.Equal(("VALIDATION", "input.personId"), (error.Str("code"), error.PathOf()));
        Assert.Equal(before, await factory.CountAsync());
    }

    [Fact]
    public async Task Exactly_one_destination_and_an_office_that_is_an_office()
    {
        var none = (await DispatchAsync(cast.StationOfficer)).SingleError("dispatch");
        var two = (await DispatchAsync(cast.StationOfficer, grid: cast.NanjingGrid, office: cast.Nanjing))
            .SingleError("dispatch");
        var station = (await DispatchAsync(cast.StationOfficer, office: cast.Station)).SingleError("dispatch");

        Assert.Equal(("VALIDATION", "input"), (none.Str("code"), none.PathOf()));
        Assert.Equal(("VALIDATION", "input"), (two.Str("code"), two.PathOf()));
        Assert.Equal(("VALIDATION", "input.destinationOfficeId"), (station.Str("code"), station.PathOf()));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_dispatches_once_and_answers_the_first_dispatch()
    {
        var before = await factory.CountAsync();

        var first = (await DispatchAsync(cast.StationOfficer, grid: cast.NanjingGrid, idempotencyKey: "retry-1"))
            .Result("dispatch");
        var retry = (await DispatchAsync(cast.StationOfficer, grid: cast.NanjingGrid, idempotencyKey: "retry-1"))
            .Result("dispatch");

        Assert.Equal(first.Str("id"), retry.Str("id"));
        Assert.Equal(before.Dispatches + 1, (await factory.CountAsync()).Dispatches);
    }

    [Fact]
    public async Task An_office_cannot_dispatch_even_its_own_officer_the_station_is_not_found()
    {
        var before = await factory.CountAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var error = (await DispatchAsync(cast.NanjingPolice, grid: cast.NanjingGrid, client: "demo-nanjing"))
            .SingleError("dispatch");

        Assert.Equal(("NOT_FOUND", "input.stationId"), (error.Str("code"), error.PathOf()));
        Assert.Equal(before, await factory.CountAsync());
        var record = Assert.Single(await factory.AuditAfterAsync(lastAudit));
        Assert.Equal((AuditOutcome.Denied, cast.Station), (record.Outcome, record.ObjectIds));
    }
}
