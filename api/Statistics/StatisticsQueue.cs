namespace Gateway.Api.Statistics;

/// <summary>How many rows a statistic reads as the city grows, heaviest last: the order a request's statistics start in
/// (<see cref="StatisticsQueue"/>).</summary>
public enum StatisticsLoad
{
    /// <summary>A row or a few per group and bucket, from rollups or spans: most statistics.</summary>
    GroupsAndBuckets,

    /// <summary>A row per office and day (the daily quotas: some 30,000 a kind for a city's month).</summary>
    OfficeDays,

    /// <summary>Rows per person and day (the three musts).</summary>
    PersonDays,
}

/// <summary>
/// Runs one request's statistics side by side, at most <c>width</c> at once, the heaviest first. Nothing starts before
/// <see cref="Start"/>, which the first await of a statistic calls, once the execution strategy has queued every
/// statistic of the level: started in the order the document names them, the heaviest could wait behind lighter ones
/// and then run alone at the end, one core busy and the others idle, for as long as it takes (longest processing time
/// first). Among statistics of the same load, the document's order stands. A statistic queued after the start still
/// runs as soon as a place is free.
/// </summary>
internal sealed class StatisticsQueue(int width)
{
    private readonly Lock gate = new();
    private readonly List<(StatisticsLoad Load, Task Work, Task Done)> waiting = [];
    private int running;
    private bool started;

    /// <summary>Queues <paramref name="compute"/>; its task completes, faults or is cancelled as the computation
    /// does.</summary>
    public Task<T> Add<T>(StatisticsLoad load, Func<Task<T>> compute)
    {
        // Created cold, started by the queue; unwrapped, it ends as the computation does.
        var work = new Task<Task<T>>(compute);
        var done = work.Unwrap();
        lock (gate) waiting.Add((load, work, done));
        StartWhatFits();
        return done;
    }

    public void Start()
    {
        lock (gate) started = true;
        StartWhatFits();
    }

    private void StartWhatFits()
    {
        lock (gate)
        {
            while (started && running < width && waiting.Count > 0)
            {
                var next = 0;
                for (var i = 1; i < waiting.Count; i++)
                    if (waiting[i].Load > waiting[next].Load) next = i;
                var (_, work, done) = waiting[next];
                waiting.RemoveAt(next);
                running++;
                done.ContinueWith(_ =>
                {
                    lock (gate) running--;
                    StartWhatFits();
                }, TaskScheduler.Default);
                work.Start(TaskScheduler.Default);
            }
        }
    }
}
