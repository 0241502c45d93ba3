using Gateway.Api.Statistics;

namespace Gateway.Api.Tests.Statistics;

/// <summary>A request's statistics start only once all are queued, the heaviest first, at most so many at once
/// (<see cref="StatisticsQueue"/>).</summary>
public sealed class StatisticsQueueTests
{
    [Fact]
    public async Task Nothing_starts_before_the_start_then_the_heaviest_first_and_the_documents_order_among_equals()
    {
        var queue = new StatisticsQueue(width: 1);
        var started = new List<string>();
        Task<string> Queue(string name, StatisticsLoad load) => queue.Add(load, async () =>
        {
            lock (started) started.Add(name);
            await Task.Yield();
            return name;
        });
        var queued = new[]
        {
            Queue("staffing", StatisticsLoad.GroupsAndBuckets), Queue("dailyQuotas", StatisticsLoad.OfficeDays),
            Queue("fieldWork", StatisticsLoad.GroupsAndBuckets), Queue("threeMusts", StatisticsLoad.PersonDays),
            Queue("mediation", StatisticsLoad.GroupsAndBuckets),
        };
        await Task.Delay(50);
        Assert.Empty(started);

        queue.Start();
        var done = await Task.WhenAll(queued);

        Assert.Equal(["staffing", "dailyQuotas", "fieldWork", "threeMusts", "mediation"], done);
        Assert.Equal(["threeMusts", "dailyQuotas", "staffing", "fieldWork", "mediation"], started);
    }

    [Fact]
    public async Task At_most_the_width_run_at_once_and_one_queued_after_the_start_still_runs()
    {
        var queue = new StatisticsQueue(width: 2);
        var (running, mostAtOnce) = (0, 0);
        Task<int> Queue(int n) => queue.Add(StatisticsLoad.GroupsAndBuckets, async () =>
        {
            var atOnce = Interlocked.Increment(ref running);
            StatisticsWorkTests.InterlockedMax(ref mostAtOnce, atOnce);
            await Task.Delay(30);
            Interlocked.Decrement(ref running);
            return n;
        });
        var first = Enumerable.Range(0, 5).Select(Queue).ToList();

        queue.Start();
        var late = Queue(5);
        var done = await Task.WhenAll([.. first, late]);

        Assert.Equal([0, 1, 2, 3, 4, 5], done);
        Assert.Equal(2, mostAtOnce);
    }

    [Fact]
    public async Task A_statistic_that_fails_or_is_cancelled_ends_so_alone_and_the_rest_still_run()
    {
        var queue = new StatisticsQueue(width: 1);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var failing = queue.Add<int>(StatisticsLoad.PersonDays, () => throw new InvalidOperationException("broken"));
        var cancelling = queue.Add(StatisticsLoad.OfficeDays, async () =>
        {
            await Task.Delay(10, cancelled.Token);
            return 1;
        });
        var fine = queue.Add(StatisticsLoad.GroupsAndBuckets, () => Task.FromResult(2));

        queue.Start();

        Assert.Equal("broken", (await Assert.ThrowsAsync<InvalidOperationException>(() => failing)).Message);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelling);
        Assert.True(cancelling.IsCanceled);
        Assert.Equal(2, await fine);
    }
}
