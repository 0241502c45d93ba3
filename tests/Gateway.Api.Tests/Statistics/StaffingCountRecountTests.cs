using CsCheck;
using Gateway.Api.Data;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Statistics;

/// <summary>
/// The staffing statistics' counts over many offices and days (<see cref="OfficeStaffingCalculator.CountAsync"/>,
/// which counts postings and grids running through the whole span in SQL and reads only the others) equal each day's
/// staffing as an office's board computes it, person by person, after random changes to postings and grids: postings
/// starting, ending, running again, a person posted twice, grids opening late and retiring.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class StaffingCountRecountTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private static readonly DateOnly Origin = new(2026, 6, 1);

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A change (<c>Action</c>): move a posting's first day (0), end it (1), let it run again (2), post its
    /// person a second time, to the office's first grid as a grid worker (3), retire a grid (4), open one later
    /// (5); days counted from <see cref="Origin"/>.</summary>
    private sealed record Change(int Action, int Target, int Day, int Length);

    private static readonly Gen<Change> Changes = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 10_000], Gen.Int[0, 120],
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
    }

    private static async Task ApplyAsync(GatewayDbContext db, Change[] changes)
    {
        var offices = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice).Select(u => u.Id)
            .ToListAsync();
        var postings = await db.Assignments.Where(a => offices.Contains(a.UnitId)).OrderBy(a => a.Id).ToListAsync();
        var grids = await db.Grids.Where(g => offices.Contains(g.OwnerUnitId)).OrderBy(g => g.Id).ToListAsync();
        foreach (var change in changes)
        {
            var (posting, grid) = (postings[change.Target % postings.Count], grids[change.Target % grids.Count]);
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
                default:
                    grid.OpenedOn = day;
                    if (grid.RetiredOn < day) grid.RetiredOn = null;
                    break;
            }
        }
        await db.SaveChangesAsync();
    }

    private static async Task AssertCountsEqualEachDaysStaffingAsync(GatewayDbContext db,
        List<DateOnly> days)
    {
        var offices = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice).Select(u => u.Id)
            .ToListAsync();
        var calculator = new OfficeStaffingCalculator(db);
        var counts = await calculator.CountAsync(offices, days, CancellationToken.None);
        foreach (var day in days.Distinct())
        {
            var staffing = await calculator.ForAsync(offices, day, CancellationToken.None);
            foreach (var office in offices)
            {
                var (board, count) = (staffing[office], counts[(office, day)]);
                Assert.Equal((board.Police.Count, board.Auxiliaries.Count, board.GridWorkers.Count, board.Grids.Count,
                        board.Grids.Count(g => g.GridWorkers.Count == 0)),
                    (count.Police, count.Auxiliaries, count.GridWorkers, count.Grids, count.GridsWithoutGridWorker));
                Assert.Equal(board.MeetsModel, count.MeetsModel);
            }
        }
    }
}
