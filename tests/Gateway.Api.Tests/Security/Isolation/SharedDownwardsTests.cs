using System.Text.Json.Nodes;
using Gateway.Api.Mediation;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Rows a unit shares with the units below it (<see cref="SharedDownwardsAttribute"/>): an office reads the station's
/// mediation committee and its seats, and its own rows may point at them; it cannot change them, and it still cannot
/// point at a sibling office's rows or at the station's rows that are not shared. A mediator's person is read through
/// the seat, with phone and ID number masked to the office. Every test starts on a fresh copy of the county.
/// </summary>
public sealed class SharedDownwardsTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Known(long Nanjing, long Committee, long StationPerson, long LongxiangGrid);

    private Task<Known> KnownAsync() => factory.WithDbAsync(async db =>
    {
        var committee = await db.MediationCommittees.SingleAsync();
        return new Known(await db.OrgUnits.Where(u => u.Code == "nanjing").Select(u => u.Id).SingleAsync(),
            committee.Id, committee.ChairId!.Value,
            await db.Grids.Where(g => g.OwnerUnit!.Code == "longxiang").Select(g => g.Id).FirstAsync());
    });

    private static MediationCase NanjingCase(Known known, string number) => new()
    {
        OwnerUnitId = known.Nanjing, CommitteeId = known.Committee, CaseNumber = number,
        Kind = MediationCaseKind.CivilDispute, Summary = "共享测试", Stage = MediationStage.Registered,
        RegisteredAt = DateTime.UtcNow,
    };

    [Fact]
    public async Task An_office_points_its_case_at_the_stations_committee_and_reads_the_committee_and_its_seats()
    {
        var known = await KnownAsync();

        var (committees, seats) = await factory.AsUnitAsync("nanjing", async db =>
        {
            db.Add(NanjingCase(known, "SHARED-1"));
            await db.SaveChangesAsync();
            return (await db.MediationCommittees.CountAsync(), await db.MediationMembers.CountAsync());
        });

        Assert.Equal(1, committees);
        Assert.True(seats >= 30, $"{seats} seats read");
        Assert.Equal(1, await factory.WithDbAsync(db => db.MediationCases.CountAsync(c => c.CaseNumber == "SHARED-1")));
    }

    [Fact]
    public async Task An_office_cannot_change_the_stations_committee_nor_a_copy_of_it_claiming_the_office()
    {
        var known = await KnownAsync();

        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => factory.AsUnitAsync("nanjing", async db =>
        {
            (await db.MediationCommittees.SingleAsync()).Name = "改名";
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => factory.AsUnitAsync("nanjing", async db =>
        {
            var copy = new MediationCommittee { Id = known.Committee, OwnerUnitId = known.Nanjing,
                OwnerPath = await db.OrgUnits.Where(u => u.Id == known.Nanjing).Select(u => u.Path).SingleAsync(),
                Name = "冒名", NameZh = "冒名" };
            db.Attach(copy).State = EntityState.Modified;
            await db.SaveChangesAsync();
        }));
        Assert.Equal(0, await factory.WithDbAsync(db => db.MediationCommittees.CountAsync(c => c.Name.Length < 5)));
    }

    [Fact]
    public async Task An_office_cannot_point_at_a_sibling_offices_rows_nor_at_the_stations_rows_not_shared()
    {
        var known = await KnownAsync();

        // A Longxiang grid: a sibling office's row.
        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => factory.AsUnitAsync("nanjing", async db =>
        {
            var siblings = NanjingCase(known, "SHARED-2");
            siblings.GridId = known.LongxiangGrid;
            db.Add(siblings);
            await db.SaveChangesAsync();
        }));
        // The chair's person: the station's, read through the seat but not shared, so not Nanjing's to point at.
        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => factory.AsUnitAsync("nanjing", async db =>
        {
            var mediationCase = NanjingCase(known, "SHARED-3");
            db.Add(mediationCase);
            db.Add(new MediationCaseStep { OwnerUnitId = known.Nanjing, Case = mediationCase,
                To = MediationStage.Registered, At = DateTime.UtcNow, RecordedAt = DateTime.UtcNow, Actor = "t",
                ById = known.StationPerson });
            await db.SaveChangesAsync();
        }));
        Assert.Equal(0, await factory.WithDbAsync(db => db.MediationCases.CountAsync(c =>
            c.CaseNumber.StartsWith("SHARED"))));
    }

    [Fact]
    public async Task A_mediators_name_reaches_the_office_but_their_phone_and_id_number_only_the_station()
    {
        const string query = "{ mediationCommittees { nodes { members(first: 100) { nodes { person { name phone "
            + "idNumber } } } } } }";

        var office = (await factory.CreateGraphQLClient("demo-nanjing").PostAsync(query)).Data!
            .Nodes("mediationCommittees").Single().Nodes("members").Select(m => m["person"]!).ToList();
        var station = (await factory.CreateGraphQLClient("demo-station").PostAsync(query)).Data!
            .Nodes("mediationCommittees").Single().Nodes("members").Select(m => m["person"]!).ToList();

        Assert.Equal(station.Select(p => p.Str("name")), office.Select(p => p.Str("name")));
        Assert.All(office.SelectMany(p => new[] { p["phone"], p["idNumber"] }).OfType<JsonNode>(),
            value => Assert.Contains('*', value.GetValue<string>()));
        Assert.Contains(office, p => p["phone"] is not null);
        Assert.Contains(station, p => p["phone"] is { } phone && !phone.GetValue<string>().Contains('*'));
    }
}
