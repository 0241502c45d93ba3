namespace Gateway.Api.Audit;

/// <summary>
/// Records refusals (wrong secrets, passwords and codes, rate-limit rejections) without letting one caller flood the
/// log: the first refusal of an operation, subject and source address in a window is recorded at once, the rest of
/// that window are folded into one record carrying their count (<see cref="AuditRecord.Occurrences"/>), written when
/// the window closes or the service stops. Records are written outside any caller's scope, like those of anonymous
/// callers, and name the client id, user name or principal the refusal was for in their object ids.
/// </summary>
public sealed class RefusalAudit(
    IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<RefusalAudit> logger) : BackgroundService
{
    public const string WindowKey = "Audit:RefusalWindowSeconds";
    /// <summary>How often closed windows are looked for: a summary is written at most this long after its window
    /// closes.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(5);

    private readonly TimeSpan window = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(WindowKey, 60)));
    private readonly Dictionary<Key, Tally> open = [];
    private Task? finalFlush;

    private sealed record Key(string Operation, AuditOutcome Outcome, string Subject, string? SourceAddress);

    private sealed class Tally(DateTimeOffset opened)
    {
        public DateTimeOffset Opened { get; } = opened;
        public int Folded { get; set; }
    }

    /// <summary>Records the refusal at once when it opens a window, else counts it into the window's summary.</summary>
    public async Task RecordAsync(AuditEntry entry, string? sourceAddress)
    {
        var key = new Key(entry.Operation, entry.Outcome, string.Join(',', entry.ObjectIds), sourceAddress);
        var now = clock.GetUtcNow();
        Tally? closed = null;
        lock (open)
        {
            if (open.TryGetValue(key, out var tally) && now < tally.Opened + window)
            {
                tally.Folded++;
                return;
            }
            if (tally is { Folded: > 0 }) closed = tally;
            open[key] = new Tally(now);
        }
        // Not cancellable: a caller who hangs up is still recorded. A window that closed before the sweep saw it goes
        // first.
        if (closed is not null) await WriteSummaryAsync(key, closed.Folded, CancellationToken.None);
        await WriteAsync(entry, sourceAddress, CancellationToken.None);
    }

    /// <summary>Writes the summaries of closed windows, or with <paramref name="includeOpen"/> of every
    /// window.</summary>
    public async Task FlushAsync(bool includeOpen, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<(Key Key, int Folded)> due;
        lock (open)
        {
            var ending = open.Where(w => includeOpen || now >= w.Value.Opened + window).ToList();
            foreach (var (key, _) in ending) open.Remove(key);
            due = [.. ending.Where(w => w.Value.Folded > 0).Select(w => (w.Key, w.Value.Folded))];
        }
        foreach (var (key, folded) in due) await WriteSummaryAsync(key, folded, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(includeOpen: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed sweep (a locked database, say) must not end the sweeps; the summaries it held are lost.
                logger.LogError(e, "Writing refusal summaries to the audit log failed; "
                    + "the counts of the windows that closed are lost.");
            }
        }
    }

    /// <summary>
    /// Writes every window's summary, open ones too. A host may be stopped twice at once (the test host is), and is
    /// disposed once the first stop returns, so every stop waits for the same flush.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        lock (open) finalFlush ??= FlushAsync(includeOpen: true, CancellationToken.None);
        await finalFlush;
    }

    private Task WriteSummaryAsync(Key key, int folded, CancellationToken cancellationToken) =>
        WriteAsync(new AuditEntry(key.Operation, key.Outcome, key.Subject.Length == 0 ? [] : [key.Subject], folded),
            key.SourceAddress, cancellationToken);

    private async Task WriteAsync(AuditEntry entry, string? sourceAddress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(entry, sourceAddress, cancellationToken);
    }
}
