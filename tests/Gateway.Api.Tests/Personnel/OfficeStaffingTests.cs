using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Personnel;

/// <summary>
/// <c>OrgUnit.staffing(on:)</c> over the demo county's real history: every office is 1+2+5 today; Nanjing and
/// Longxiang swapped an auxiliary on 2022-09-01, Xinqiao's first officer went back to the station on 2024-01-01, two
/// Anmin grid workers swapped grids on 2025-03-01, and nobody was posted before the offices opened on 2017-03-01.
/// Each answer is checked against the postings read by the system.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class OfficeStaffingTests(GatewayApiFactory factory)
{
    private const string Selection = """
        on formula meetsModel
        police { id name } auxiliaries { id name } gridWorkers { id name }
        grids { grid { id code } gridWorkers { id name } }
        gaps { code message grid { id code } } surpluses { code message }
        """;

    [Fact]
    public async Task Today_every_office_is_1_2_5_with_a_grid_worker_in_each_of_its_five_grids()
    {
        var offices = (await factory.CreateGraphQLClient().QueryAsync(
            $"{{ offices {{ nodes {{ code staffing {{ {Selection} }} }} }} }}"))["offices"]!.Items("nodes");

        Assert.Equal(["anmin", "longxiang", "nanjing", "xinqiao"], offices.Select(o => o.Str("code")).Order());
        Assert.All(offices, office =>
        {
            var staffing = office["staffing"]!;
            Assert.Equal("1+2+5", staffing.Str("formula"));
            Assert.True(staffing["meetsModel"]!.GetValue<bool>());
            Assert.Empty(staffing.Items("gaps"));
            Assert.Empty(staffing.Items("surpluses"));
            Assert.Equal(5, staffing.Items("grids").Count);
            Assert.All(staffing.Items("grids"), g => Assert.Single(g.Items("gridWorkers")));
        });
    }

    [Fact]
    public async Task The_bureau_and_the_station_have_no_staffing_to_read()
    {
        var units = (await factory.CreateGraphQLClient().QueryAsync(
            "{ orgUnits(where: { kind: { in: [COUNTY_BUREAU, STATION] } }) { nodes { code staffing { formula } } } }"))
            ["orgUnits"]!.Items("nodes");

        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.Null(u["staffing"]));
    }

    [Fact]
    public async Task Nanjing_reads_the_auxiliary_it_gave_Longxiang_on_their_last_day_and_the_new_one_from_the_next()
    {
        var nanjing = await OfficeIdAsync("nanjing");
        var (lastDay, firstDay) = (new DateOnly(2022, 8, 31), new DateOnly(2022, 9, 1));
        // The swap as stored: one posting ends on the last day, the other starts on the next.
        var (outgoing, incoming) = await factory.WithDbAsync(async db => (
            await db.Assignments.Where(a => a.UnitId == nanjing && a.To == lastDay).Select(a => a.PersonId)
                .SingleAsync(),
            await db.Assignments.Where(a => a.UnitId == nanjing && a.From == firstDay).Select(a => a.PersonId)
                .SingleAsync()));

        var before = await StaffingAsync("demo-nanjing", "nanjing", lastDay);
        var after = await StaffingAsync("demo-nanjing", "nanjing", firstDay);

        await AssertMatchesPostingsAsync(before, nanjing, lastDay);
        await AssertMatchesPostingsAsync(after, nanjing, firstDay);
        Assert.Contains(Person(outgoing), Ids(before, "auxiliaries"));
        Assert.DoesNotContain(Person(incoming), Ids(before, "auxiliaries"));
        Assert.Contains(Person(incoming), Ids(after, "auxiliaries"));
        Assert.DoesNotContain(Person(outgoing), Ids(after, "auxiliaries"));
        // Longxiang keeps the auxiliary's file now; Nanjing still reads who served it.
        Assert.Equal(await NameOfAsync(outgoing),
            before.Items("auxiliaries").Single(p => p.Str("id") == Person(outgoing)).Str("name"));
        Assert.Equal("1+2+5", before.Str("formula"));
        Assert.Equal("1+2+5", after.Str("formula"));
    }

    [Fact]
    public async Task Xinqiao_reads_its_first_officer_until_the_last_day_and_his_successor_from_the_next()
    {
        var xinqiao = await OfficeIdAsync("xinqiao");
        var (lastDay, firstDay) = (new DateOnly(2023, 12, 31), new DateOnly(2024, 1, 1));

        var before = await StaffingAsync("demo-xinqiao", "xinqiao", lastDay);
        var after = await StaffingAsync("demo-xinqiao", "xinqiao", firstDay);

        await AssertMatchesPostingsAsync(before, xinqiao, lastDay);
        await AssertMatchesPostingsAsync(after, xinqiao, firstDay);
        var (first, successor) = (Assert.Single(before.Items("police")), Assert.Single(after.Items("police")));
        Assert.NotEqual(first.Str("id"), successor.Str("id"));
        // The first officer's file went back to the station with him: Xinqiao reads him through its posting only.
        var firstId = JsonExtensions.RowId(first.Str("id"), "Person");
        Assert.Equal(await NameOfAsync(firstId), first.Str("name"));
        var keptBy = await factory.WithDbAsync(db =>
            db.People.Where(p => p.Id == firstId).Select(p => p.OwnerUnit!.Code).SingleAsync());
        Assert.Equal("xunchang", keptBy);
    }

    [Fact]
    public async Task Two_Anmin_grids_swap_their_grid_workers_on_1_March_2025()
    {
        var anmin = await OfficeIdAsync("anmin");
        var (lastDay, firstDay) = (new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 1));

        var before = await StaffingAsync("demo-anmin", "anmin", lastDay);
        var after = await StaffingAsync("demo-anmin", "anmin", firstDay);

        await AssertMatchesPostingsAsync(before, anmin, lastDay);
        await AssertMatchesPostingsAsync(after, anmin, firstDay);
        var changed = WorkerByGrid(before).Where(g => WorkerByGrid(after)[g.Key] != g.Value).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Equal(WorkerByGrid(after)[changed[0].Key], changed[1].Value);
        Assert.Equal(WorkerByGrid(after)[changed[1].Key], changed[0].Value);
        Assert.Equal(Ids(before, "gridWorkers").Order(), Ids(after, "gridWorkers").Order());
    }

    [Fact]
    public async Task Before_the_offices_opened_every_seat_and_the_pilot_grid_running_then_are_gaps()
    {
        var staffing = await StaffingAsync("demo-station", "nanjing", new DateOnly(2017, 2, 28));

        Assert.Equal("0+0+0", staffing.Str("formula"));
        Assert.False(staffing["meetsModel"]!.GetValue<bool>());
        var gaps = staffing.Items("gaps");
        // Nanjing ran one grid then, the pilot later split into NJ-01 and NJ-02.
        Assert.Equal(["NO_POLICE", "AUXILIARIES_SHORT", "NO_GRID_WORKERS", "GRID_WITHOUT_GRID_WORKER"],
            gaps.Select(g => g.Str("code")));
        Assert.Equal(staffing.Items("grids").Select(g => g["grid"]!.Str("id")),
            gaps.Skip(3).Select(g => g["grid"]!.Str("id")));
        Assert.All(gaps.Take(3), g => Assert.Null(g["grid"]));
        Assert.Equal("无社区民警：1+2+N 需 1 名社区民警。", gaps[0].Str("message"));
    }

    [Fact]
    public async Task On_the_opening_day_the_office_had_its_officer_and_auxiliaries_but_no_grid_workers_yet()
    {
        var staffing = await StaffingAsync("demo-station", "nanjing", new DateOnly(2017, 3, 1));

        Assert.Equal("1+2+0", staffing.Str("formula"));
        Assert.Equal(["NO_GRID_WORKERS", .. Enumerable.Repeat("GRID_WITHOUT_GRID_WORKER", 5)],
            staffing.Items("gaps").Select(g => g.Str("code")));
    }

    [Fact]
    public async Task Messages_follow_the_callers_language()
    {
        var client = factory.CreateGraphQLClient("demo-nanjing");
        client.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));

        var gaps = (await client.QueryAsync(
            "{ offices { nodes { staffing(on: \"2017-03-01\") { gaps { code message grid { code } } } } } }"))
            ["offices"]!.Items("nodes").Single()["staffing"]!.Items("gaps");

        Assert.Equal("No grid worker: 1+2+N needs at least one.", gaps[0].Str("message"));
        Assert.All(gaps.Skip(1), g => Assert.StartsWith($"Grid {g["grid"]!.Str("code")} (", g.Str("message")));
    }

    [Fact]
    public void A_surplus_is_reported_and_is_not_a_gap()
    {
        var staffing = new OfficeStaffing(1, new DateOnly(2026, 1, 1), [new Person(), new Person()],
            [new Person(), new Person(), new Person()], [new Person()], []);

        Assert.Empty(staffing.Gaps);
        Assert.True(staffing.MeetsModel);
        Assert.Equal([StaffingDeviationCode.PoliceSurplus, StaffingDeviationCode.AuxiliariesSurplus],
            staffing.Surpluses.Select(s => s.Code));
        Assert.Equal("2+3+1", staffing.Formula);
    }

    private async Task<JsonNode> StaffingAsync(string clientId, string officeCode, DateOnly on)
    {
        var data = await factory.CreateGraphQLClient(clientId).QueryAsync(
            $"query($code: String!, $on: DateOnly!) {{ offices(where: {{ code: {{ eq: $code }} }}) {{ nodes {{ " +
            $"staffing(on: $on) {{ {Selection} }} }} }} }}",
            new { code = officeCode, on = on.ToString("yyyy-MM-dd") });
        var staffing = Assert.Single(data["offices"]!.Items("nodes"))["staffing"]!;
        Assert.Equal(on.ToString("yyyy-MM-dd"), staffing.Str("on"));
        return staffing;
    }

    /// <summary>The answer names exactly the people whose postings to the office cover the day, seat by seat and grid
    /// by grid.</summary>
    private async Task AssertMatchesPostingsAsync(JsonNode staffing, long officeId, DateOnly on)
    {
        var postings = await factory.WithDbAsync(db => db.Assignments
            .Where(a => a.UnitId == officeId && a.From <= on && (a.To == null || a.To >= on))
            .Select(a => new { a.Role, a.PersonId, a.GridId }).ToListAsync());
        IEnumerable<string> Holding(AssignmentRole role) =>
            postings.Where(p => p.Role == role).Select(p => Person(p.PersonId)).Order();

        Assert.Equal(Holding(AssignmentRole.OfficePolice), Ids(staffing, "police").Order());
        Assert.Equal(Holding(AssignmentRole.OfficeAuxiliary), Ids(staffing, "auxiliaries").Order());
        Assert.Equal(Holding(AssignmentRole.GridWorker), Ids(staffing, "gridWorkers").Order());
        foreach (var grid in staffing.Items("grids"))
        {
            var gridId = JsonExtensions.RowId(grid["grid"]!.Str("id"), "Grid");
            Assert.Equal(postings.Where(p => p.Role == AssignmentRole.GridWorker && p.GridId == gridId)
                .Select(p => Person(p.PersonId)).Order(), grid.Items("gridWorkers").Select(w => w.Str("id")).Order());
        }
    }

    private static Dictionary<string, string> WorkerByGrid(JsonNode staffing) =>
        staffing.Items("grids").ToDictionary(g => g["grid"]!.Str("code"),
            g => Assert.Single(g.Items("gridWorkers")).Str("id"));

    private static List<string> Ids(JsonNode staffing, string seat) =>
        [.. staffing.Items(seat).Select(p => p.Str("id"))];

    private static string Person(long id) => GlobalId.Encode("Person", id);

    private Task<long> OfficeIdAsync(string code) =>
        factory.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<string> NameOfAsync(long personId) =>
        factory.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.Name).SingleAsync());
}
