using Gateway.Api.Audit;
using Gateway.Api.Tests.Infrastructure;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.StationDuty;

/// <summary>
/// Each of the three nots at the boundaries of an office posting, as the station asks: the day before it starts and
/// the day after it ends are free, its first and last days refused with the rule's own code, and a station officer
/// is never refused. A refusal writes nothing but its audit record.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class ThreeNotsBoundaryTests(GatewayApiFactory factory)
    : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public enum Who { XinqiaoIncoming, XinqiaoOutgoing, StationOfficer }

    public static TheoryData<string, Who, int, string?> Boundaries()
    {
        var data = new TheoryData<string, Who, int, string?>();
        foreach (var (mutation, code) in new[]
            {
                ("scheduleDutyShift", "THREE_NOTS_DUTY_SHIFT"), ("assignStationCase", "THREE_NOTS_STATION_CASE"),
                ("dispatchOfficer", "THREE_NOTS_DISPATCH"),
            })
        {
            // Days relative to the hand-over: the incoming officer's posting starts on it, the outgoing one's ended
            // the day before.
            data.Add(mutation, Who.XinqiaoIncoming, -1, null);
            data.Add(mutation, Who.XinqiaoIncoming, 0, code);
            data.Add(mutation, Who.XinqiaoOutgoing, -1, code);
            data.Add(mutation, Who.XinqiaoOutgoing, 0, null);
            data.Add(mutation, Who.StationOfficer, 0, null);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task An_office_posting_refuses_station_work_from_its_first_day_to_its_last(string mutation, Who who,
        int daysAfterHandOver, string? refusedWith)
    {
        var cast = await StationDutyCast.ReadAsync(factory);
        var person = who switch
        {
            Who.XinqiaoIncoming => cast.XinqiaoIncoming,
            Who.XinqiaoOutgoing => cast.XinqiaoOutgoing,
            _ => cast.StationOfficer,
        };
        var day = StationDutyCast.HandOver.AddDays(daysAfterHandOver);
        var (operation, resultField, input) = Request(mutation, cast, person, day);
        var before = await factory.CountAsync();
        var lastAudit = await factory.LastAuditIdAsync();

        var response = await factory.CreateGraphQLClient("demo-station").SendAsync(operation, input, "en");

        var record = Assert.Single(await factory.AuditAfterAsync(lastAudit));
        Assert.Equal(StationDutyRequests.OperationOf(mutation), record.Operation);
        var after = await factory.CountAsync();
        if (refusedWith is null)
        {
            var result = response.Result(resultField);
            Assert.Equal(person, result["person"]!.Str("id"));
            Assert.Equal(cast.Station, result["station"]!.Str("id"));
            Assert.Equal((AuditOutcome.Succeeded, result.Str("id")), (record.Outcome, record.ObjectIds));
            Assert.Equal(Total(before) + 1, Total(after));
        }
        else
        {
            var error = response.SingleError(resultField);
            Assert.Equal((refusedWith, "input.personId"), (error.Str("code"), error.PathOf()));
            Assert.Contains("Xinqiao Community Police Office", error.Str("message"));
            Assert.Contains(day.ToString("yyyy-MM-dd"), error.Str("message"));
            Assert.Equal(AuditOutcome.Failed, record.Outcome);
            Assert.Equal(before, after);
        }
    }

    private static int Total((int Shifts, int Cases, int Dispatches) counts) =>
        counts.Shifts + counts.Cases + counts.Dispatches;

    /// <summary>The operation, its result field and an input giving <paramref name="person"/> the work on
    /// <paramref name="day"/>; a dispatch goes to a Nanjing grid, outside Xinqiao's area.</summary>
    private static (string Operation, string ResultField, object Input) Request(string mutation,
        StationDutyCast cast, string person, DateOnly day) => mutation switch
    {
        "scheduleDutyShift" => ("ScheduleDutyShift", "dutyShift",
            new { stationId = cast.Station, personId = person, date = day, kind = "DAY" }),
        "assignStationCase" => ("AssignStationCase", "stationCaseAssignment",
            new
            {
                stationId = cast.Station, personId = person, caseNumber = "XC-XS-2024-0001", title = "商铺被盗案",
                assignedOn = day,
            }),
        _ => ("DispatchOfficer", "dispatch",
            new
            {
                stationId = cast.Station, personId = person, dispatchedAt = $"{day:yyyy-MM-dd}T10:00:00+08:00",
                destinationGridId = cast.NanjingGrid, reason = "群众报警：邻里纠纷",
            }),
    };
}
