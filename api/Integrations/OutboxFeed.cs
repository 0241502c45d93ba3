using System.Text.Json.Nodes;
using System.Threading.Channels;
using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Integrations;

/// <summary>An event as a subscriber receives it: the webhook's id, type, time and data, the data cut to what the
/// subscriber may read.</summary>
public sealed record OutgoingEventMessage(Guid EventId, string Type, DateTimeOffset OccurredAt, JsonObject Data);

/// <summary>Who listens: the reach of their scope, their permissions and the person they are (none for a machine
/// client). The same rule the webhook fan-out applies decides what reaches them.</summary>
public sealed record EventAudience(string UnitPath, IReadOnlySet<string> Permissions, long? PersonId)
{
    /// <summary>The message this audience gets of <paramref name="row"/>, or null when the event is not for it: of a
    /// type it did not ask for or may not receive, outside its scope, or addressed to someone else.</summary>
    public OutgoingEventMessage? MessageOf(OutboxEvent row, IReadOnlySet<string>? types)
    {
        if (types is not null && !types.Contains(row.Type)) return null;
        if (OutgoingEventCatalogue.Find(row.Type) is not { } kind || !Permissions.Contains(kind.ReceivePermission)
            || !row.OwnerPath.StartsWith(UnitPath, StringComparison.Ordinal)) return null;
        var fields = OutgoingEventCatalogue.FieldsOf(row.Fields);
        if (kind.AddresseeField is not null
            && (PersonId is null || OutgoingEventCatalogue.AddresseeOf(kind, fields) != PersonId)) return null;
        return new OutgoingEventMessage(row.EventId, row.Type,
            new DateTimeOffset(DateTime.SpecifyKind(row.OccurredAt, DateTimeKind.Utc)).ToOffset(CountyCalendar.Offset),
            OutgoingEventCatalogue.DataFor(fields, Permissions));
    }
}

/// <summary>
/// The source of GraphQL subscriptions. The outbox is the record of what happened, whichever instance wrote it: while
/// anyone here is subscribed, the feed reads the rows written since its last read, every
/// <see cref="SubscriptionOptions.PollMilliseconds"/>, and hands each listener the events meant for it. A subscriber
/// hears of what is written from the moment it joins, never of earlier events. The rows are read past the tenant
/// filters, as the system: each listener is given only what its own audience allows.
/// </summary>
public sealed class OutboxFeed(IServiceScopeFactory scopes, IOptions<SubscriptionOptions> options,
    ILogger<OutboxFeed> logger) : IHostedService, IDisposable
{
    private readonly Lock gate = new();
    private readonly HashSet<Listener> listeners = [];
    private readonly CancellationTokenSource stopping = new();
    private long lastSeen;
    private Task? polling;
    private bool disposed;
    private SubscriptionOptions Options => options.Value;

    /// <summary>How many listeners there are now.</summary>
    public int ListenerCount
    {
        get
        {
            lock (gate) return listeners.Count;
        }
    }

    /// <summary>A stream of the events from now on that <paramref name="audience"/> may receive, of
    /// <paramref name="types"/> (all when null). Events written once this returns reach the stream as soon as it is
    /// subscribed to.</summary>
    public async Task<IObservable<OutgoingEventMessage>> JoinAsync(EventAudience audience,
        IReadOnlySet<string>? types, CancellationToken cancellationToken)
    {
        if (!IsPolling)
        {
            // Nobody listened: start after the newest row, whatever was written while the feed slept.
            var newest = await ReadAsync(db => db.Set<OutboxEvent>().IgnoreQueryFilters()
                .MaxAsync(e => (long?)e.Id, cancellationToken));
            // Unless another subscriber started the feed meanwhile, which then reads from where it is.
            lock (gate)
                if (polling is not { IsCompleted: false }) lastSeen = newest ?? 0;
        }
        return new Stream(this, audience, types);
    }

    private bool IsPolling
    {
        get
        {
            lock (gate) return polling is { IsCompleted: false };
        }
    }

    private void Add(Listener listener)
    {
        lock (gate)
        {
            if (stopping.IsCancellationRequested)
            {
                listener.Complete(null);
                return;
            }
            listeners.Add(listener);
            if (polling is not { IsCompleted: false }) polling = Task.Run(PollAsync);
        }
    }

    private void Remove(Listener listener)
    {
        lock (gate) listeners.Remove(listener);
    }

    private async Task PollAsync()
    {
        var interval = TimeSpan.FromMilliseconds(Options.PollMilliseconds);
        while (!stopping.IsCancellationRequested)
        {
            Listener[] current;
            long from;
            lock (gate)
            {
                if (listeners.Count == 0)
                {
                    // Ends in the lock: a listener added after this sees the loop finished and starts another.
                    polling = null;
                    return;
                }
                (current, from) = ([.. listeners], lastSeen);
            }
            try
            {
                var rows = await ReadAsync(db => db.Set<OutboxEvent>().IgnoreQueryFilters().AsNoTracking()
                    .Where(e => e.Id > from).OrderBy(e => e.Id).Take(Options.BatchSize).ToListAsync(stopping.Token));
                foreach (var row in rows)
                    foreach (var listener in current)
                        listener.Offer(row);
                if (rows.Count > 0) lock (gate) lastSeen = Math.Max(lastSeen, rows[^1].Id);
                // A full batch means more may be waiting: read on without pausing.
                if (rows.Count == Options.BatchSize) continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A locked database must not end the feed for the life of the process.
                logger.LogError(e, "Reading the outbox for subscriptions failed; the next read runs in {Interval}.",
                    interval);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            try
            {
                await Task.Delay(interval, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task<T> ReadAsync<T>(Func<GatewayDbContext, Task<T>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        using var acrossTenants = db.LiftRowSecurity();
        return await read(db);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stops reading and completes every stream, so subscribers are told the feed ended.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task? running;
        Listener[] current;
        lock (gate)
        {
            // A host stopped after its services were disposed (a test host torn down twice) has nothing to stop.
            if (disposed) return;
            stopping.Cancel();
            (running, current) = (polling, [.. listeners]);
            listeners.Clear();
        }
        foreach (var listener in current) listener.Complete(null);
        if (running is not null) await running.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        // Disposed once as the feed and once as the hosted service it also is.
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            stopping.Cancel();
            stopping.Dispose();
        }
    }

    private sealed class Stream(OutboxFeed feed, EventAudience audience, IReadOnlySet<string>? types)
        : IObservable<OutgoingEventMessage>
    {
        public IDisposable Subscribe(IObserver<OutgoingEventMessage> observer)
        {
            var listener = new Listener(feed, audience, types, observer);
            feed.Add(listener);
            return listener;
        }
    }

    /// <summary>One subscriber: its events queue here and are handed on in order, so a slow subscriber holds up no
    /// other; one that lets <see cref="SubscriptionOptions.MaxWaitingEvents"/> pile up is ended with an
    /// error.</summary>
    private sealed class Listener : IDisposable
    {
        private readonly OutboxFeed feed;
        private readonly EventAudience audience;
        private readonly IReadOnlySet<string>? types;
        private readonly Channel<OutgoingEventMessage> queue;

        public Listener(OutboxFeed feed, EventAudience audience, IReadOnlySet<string>? types,
            IObserver<OutgoingEventMessage> observer)
        {
            (this.feed, this.audience, this.types) = (feed, audience, types);
            queue = Channel.CreateBounded<OutgoingEventMessage>(new BoundedChannelOptions(
                feed.Options.MaxWaitingEvents) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
            _ = HandOnAsync(observer);
        }

        public void Offer(OutboxEvent row)
        {
            if (audience.MessageOf(row, types) is not { } message || queue.Writer.TryWrite(message)) return;
            Complete(new InvalidOperationException("The subscriber fell too far behind the events."));
        }

        public void Complete(Exception? error)
        {
            feed.Remove(this);
            queue.Writer.TryComplete(error);
        }

        private async Task HandOnAsync(IObserver<OutgoingEventMessage> observer)
        {
            try
            {
                await foreach (var message in queue.Reader.ReadAllAsync()) observer.OnNext(message);
                observer.OnCompleted();
            }
            catch (ChannelClosedException e)
            {
                observer.OnError(e.InnerException ?? e);
            }
            catch (OperationCanceledException)
            {
                // Disposed by the subscriber: it asked for nothing more.
            }
        }

        public void Dispose()
        {
            feed.Remove(this);
            queue.Writer.TryComplete(new OperationCanceledException());
        }
    }
}
