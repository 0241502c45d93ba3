using CsCheck;
using Gateway.Api.Data;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Statistics;

/// <summary>
/// The staffing rollup (<see cref="OfficeStaffingSpan"/>, kept by <see cref="OfficeStaffingRollup"/> in each save and
/// read by <see cref="OfficeStaffingCalculator.CountAsync(IReadOnlyCollection{long}, IReadOnlyCollection{DateOnly},
/// CancellationToken)"/>) equals each day's staffing as an office's board computes it from the postings, person by
/// person, on every day the office is open, and has no count on the others, after random changes: postings backdated,
/// ending, running again, a person posted twice, transfers to another office, grids opening late, retiring and changing
/// office, offices opening late and closing. A rebuild writes the same spans the saves kept.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class StaffingCountRecountTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private static readonly DateOnly Origin = new(2026, 6, 1);

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A change (<c>Action</c>): move a posting's first day (0), end it (1), let it run again (2), post its
    /// person a second time, to the office's first grid as a grid worker (3), retire a grid (4), open one later
    /// (5), transfer a posting to another office (6), give a grid to another office (7), close an office (8), open it
    /// later (9); days counted from <see cref="Origin"/>.</summary>
    private sealed record Change(int Action, int Target, int Day, int Length);

    private static readonly Gen<Change> Changes = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 10_000], Gen.Int[0, 120],
        Gen.Int[0, 60], (action, target, day, length) => new Change(action, target, day, length));

    [Fact]
    public async Task Counts_over_many_days_equal_each_days_staffing_after_random_postings_and_grids()
    {
        await Gen.Select(Changes.Array[1, 6], Gen.Int[0, 150].Array[1, 6], (changes, days) => (changes, days))
            .SampleAsync(async sample =>
            {
                await factory.WithDbAsync(db => ApplyAsync(db, sample.changes));
                var days = sample.days.Select(d => Origin.AddDays(d - 15)).ToList();
                await factory.WithDbAsync(db => AssertCountsEqualEachDaysStaffingAsync(db, days));
            }, iter: 30, threads: 1, seed: "0N3Wq8tYbLk2");
        await factory.WithDbAsync(AssertRebuildWritesTheSpansKeptAsync);
    }

    private static async Task ApplyAsync(GatewayDbContext db, Change[] changes)
    {
        var offices = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice).OrderBy(u => u.Id)
            .ToListAsync();
        var officeIds = offices.Select(o => o.Id).ToList();
        var postings = await db.Assignments.Where(a => officeIds.Contains(a.UnitId)).OrderBy(a => a.Id).ToListAsync();
        var grids = await db.Grids.Where(g => officeIds.Contains(g.OwnerUnitId)).OrderBy(g => g.Id).ToListAsync();
        foreach (var change in changes)
        {
            var (posting, grid) = (postings[change.Target % postings.Count], grids[change.Target % grids.Count]);
            var (office, otherOffice) = (offices[change.Target % offices.Count],
                offices[(change.Target + 1 + change.Length) % offices.Count]);
            var (day, later) = (Origin.AddDays(change.Day), Origin.AddDays(change.Day + change.Length));
            switch (change.Action)
            {
                case 0:
                    posting.From = day;
                    if (posting.To < day) posting.To = later;
                    break;
                case 1:
                    posting.To = posting.From > day ? posting.From : day;
                    break;
                case 2:
                    posting.To = null;
                    break;
                case 3 when grids.FirstOrDefault(g => g.OwnerUnitId == posting.UnitId) is { } officeGrid:
                    db.Assignments.Add(new Assignment
                    {
                        PersonId = posting.PersonId, UnitId = posting.UnitId, Role = AssignmentRole.GridWorker,
                        GridId = officeGrid.Id, From = day, To = later,
                        OwnerUnitId = posting.OwnerUnitId, OwnerPath = posting.OwnerPath,
                    });
                    break;
                case 3:
                    break;
                case 4:
                    grid.RetiredOn = grid.OpenedOn > day ? grid.OpenedOn : day;
                    break;
                case 5:
                    grid.OpenedOn = day;
                    if (grid.RetiredOn < day) grid.RetiredOn = null;
                    break;
                case 6:
                    posting.UnitId = otherOffice.Id;
                    break;
                case 7:
                    grid.OwnerUnitId = otherOffice.Id;
                    break;
                case 8:
                    office.ClosedOn = office.OpenedOn > day ? office.OpenedOn : day;
                    break;
                default:
                    office.OpenedOn = day;
                    if (office.ClosedOn < day) office.ClosedOn = null;
                    break;
            }
        }
        await db.SaveChangesAsync();
    }

    private static async Task AssertCountsEqualEachDaysStaffingAsync(GatewayDbContext db,
        List<DateOnly> days)
    {
        var offices = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice).ToListAsync();
        var officeIds = offices.Select(o => o.Id).ToList();
        var calculator = new OfficeStaffingCalculator(db);
        var counts = await calculator.CountAsync(officeIds, days, CancellationToken.None);
        foreach (var day in days.Distinct())
        {
            var staffing = await calculator.ForAsync(officeIds, day, CancellationToken.None);
            foreach (var office in offices)
            {
                Assert.Equal(office.IsOpenOn(day), counts.ContainsKey((office.Id, day)));
                if (!office.IsOpenOn(day)) continue;
                var (board, count) = (staffing[office.Id], counts[(office.Id, day)]);
                Assert.Equal((board.Police.Count, board.Auxiliaries.Count, board.GridWorkers.Count, board.Grids.Count,
                        board.Grids.Count(g => g.GridWorkers.Count == 0)),
                    (count.Police, count.Auxiliaries, count.GridWorkers, count.Grids, count.GridsWithoutGridWorker));
                Assert.Equal(board.MeetsModel, count.MeetsModel);
            }
        }
    }

    private static async Task AssertRebuildWritesTheSpansKeptAsync(GatewayDbContext db)
    {
        async Task<List<string>> SpansAsync() => [.. (await db.Set<OfficeStaffingSpan>().AsNoTracking()
                .OrderBy(s => s.OwnerUnitId).ThenBy(s => s.From).ToListAsync())
            .Select(s => $"{s.OwnerUnitId} {s.OwnerPath} {s.From}–{s.To}: {s.Police}+{s.Auxiliaries}+{s.GridWorkers}, "
                + $"{s.GridsWithoutGridWorker}/{s.Grids}")];
        var kept = await SpansAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await OfficeStaffingRollup.RebuildAsync(db, CancellationToken.None);
        Assert.NotEmpty(kept);
        Assert.Equal(kept, await SpansAsync());
    }
}
