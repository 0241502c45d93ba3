using System.Runtime.CompilerServices;
using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Api.Personnel;

/// <summary>
/// Keeps <see cref="OfficeStaffingSpan"/> equal to the postings, grids and offices, in the transaction of every save
/// that changes them, whichever path makes it: before the save it notes the offices a changed posting or grid belonged
/// to, and the offices opened, closed or changed; after it, it counts those offices' spans again from their postings
/// and grids (an office's thirty postings and ten grids, one query each for all the offices) and replaces them. A
/// backdated posting, an end, a transfer (both offices), a grid opening, retiring or changing office and an office
/// opening or closing all move it. A save with no transaction of its own is given one.
/// <para>Registered twice around the other rollups: <see cref="Preparing"/> first, so that the transaction it opens
/// is the one the others join, and this last, so that it commits only after they have written theirs.</para>
/// </summary>
public sealed class OfficeStaffingRollup : SaveChangesInterceptor
{
    public const string Spans = "OfficeStaffingSpans";

    /// <summary>Rows an insert carries: well under SQLite's 32,766 parameters.</summary>
    private const int RowsPerStatement = 200;

    private static readonly string[] PostingProperties =
        [nameof(Assignment.UnitId), nameof(Assignment.Role), nameof(Assignment.GridId), nameof(Assignment.PersonId),
            nameof(Assignment.From), nameof(Assignment.To)];

    private static readonly string[] GridProperties =
        [nameof(Grid.OwnerUnitId), nameof(Grid.OpenedOn), nameof(Grid.RetiredOn)];

    private static readonly string[] OfficeProperties =
        [nameof(OrgUnit.Kind), nameof(OrgUnit.OpenedOn), nameof(OrgUnit.ClosedOn)];

    private readonly ConditionalWeakTable<DbContext, PendingOffices> pending = new();

    public OfficeStaffingRollup() => Preparing = new PreparingInterceptor(this);

    /// <summary>Notes the offices a save changes and opens its transaction; registered before the other
    /// rollups.</summary>
    public IInterceptor Preparing { get; }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ApplyAsync(eventData.Context!, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await ApplyAsync(eventData.Context!, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context!);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context!);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context!);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context!);
        return Task.CompletedTask;
    }

    /// <summary>Every office's spans counted again from the postings and grids, in the context's transaction (one of
    /// its own when it has none); answers the spans written.</summary>
    public static Task<int> RebuildAsync(GatewayDbContext db, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await db.Set<OfficeStaffingSpan>().IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
            var offices = await db.OrgUnits.IgnoreQueryFilters().AsNoTracking()
                .Where(u => u.Kind == OrgUnitKind.CommunityOffice).Select(u => u.Id).ToListAsync(cancellationToken);
            var written = await WriteAsync(db, offices, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            return written;
        });

    /// <summary>Counts the offices' spans from their postings and grids and inserts them (their old spans are gone
    /// already); a unit that is not a community office gets none.</summary>
    private static async Task<int> WriteAsync(DbContext db, IReadOnlyCollection<long> unitIds,
        CancellationToken cancellationToken)
    {
        var offices = await db.Set<OrgUnit>().IgnoreQueryFilters().AsNoTracking()
            .Where(u => EF.Parameter(unitIds).Contains(u.Id) && u.Kind == OrgUnitKind.CommunityOffice)
            .Select(u => new { u.Id, u.Path, u.OpenedOn, u.ClosedOn }).ToListAsync(cancellationToken);
        var officeIds = offices.Select(o => o.Id).ToList();
        var postings = (await db.Set<Assignment>().IgnoreQueryFilters().AsNoTracking()
                .Where(a => EF.Parameter(officeIds).Contains(a.UnitId)
                    && OfficeStaffingCalculator.OfficeRoles.Contains(a.Role))
                .Select(a => new StaffingPosting(a.UnitId, a.Role, a.GridId, a.PersonId, a.From, a.To))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.UnitId);
        var grids = (await db.Set<Grid>().IgnoreQueryFilters().AsNoTracking()
                .Where(g => EF.Parameter(officeIds).Contains(g.OwnerUnitId))
                .Select(g => new StaffingGrid(g.Id, g.OwnerUnitId, g.OpenedOn, g.RetiredOn))
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.OfficeId);
        var spans = offices.SelectMany(o => OfficeStaffingCalculator.SpansOf(o.OpenedOn, o.ClosedOn,
                [.. postings[o.Id]], [.. grids[o.Id]])
            .Select(s => new object?[]
            {
                o.Id, o.Path, s.From, s.To, s.Count.Police, s.Count.Auxiliaries, s.Count.GridWorkers, s.Count.Grids,
                s.Count.GridsWithoutGridWorker,
            })).ToList();
        const string columns = """
            "OwnerUnitId", "OwnerPath", "From", "To", "Police", "Auxiliaries", "GridWorkers", "Grids",
            "GridsWithoutGridWorker"
            """;
        foreach (var batch in spans.Chunk(RowsPerStatement))
        {
            // Values go as parameters, a span without an end as NULL: a null parameter has no type to send.
            var values = new List<object>();
            var tuples = string.Join(", ", batch.Select(row => "(" + string.Join(", ", row.Select(value =>
            {
                if (value is null) return "NULL";
                values.Add(value);
                return $"{{{values.Count - 1}}}";
            })) + ")"));
            var insert = $"""INSERT INTO "{Spans}" ({columns}) VALUES {tuples}""";
            await db.Database.ExecuteSqlRawAsync(insert, values, cancellationToken);
        }
        return spans.Count;
    }

    private void Prepare(DbContext db)
    {
        var offices = new PendingOffices();
        foreach (var entry in db.ChangeTracker.Entries<Assignment>())
            offices.Note(entry, PostingProperties, nameof(Assignment.UnitId));
        foreach (var entry in db.ChangeTracker.Entries<Grid>())
            offices.Note(entry, GridProperties, nameof(Grid.OwnerUnitId));
        foreach (var entry in db.ChangeTracker.Entries<OrgUnit>())
            offices.Note(entry, OfficeProperties, nameof(OrgUnit.Id));
        if (offices.IsEmpty) return;
        if (db.Database.CurrentTransaction is null) offices.Opened = db.Database.BeginTransaction();
        pending.AddOrUpdate(db, offices);
    }

    private async Task ApplyAsync(DbContext db, CancellationToken cancellationToken)
    {
        // Counted as the system: every posting and grid of the offices the save touched.
        using var acrossTenants = ((GatewayDbContext)db).LiftRowSecurity();
        if (!pending.TryGetValue(db, out var offices)) return;
        pending.Remove(db);
        try
        {
            var ids = offices.Ids().ToList();
            await db.Set<OfficeStaffingSpan>().IgnoreQueryFilters()
                .Where(s => EF.Parameter(ids).Contains(s.OwnerUnitId)).ExecuteDeleteAsync(cancellationToken);
            await WriteAsync(db, ids, cancellationToken);
            if (offices.Opened is { } opened) await opened.CommitAsync(cancellationToken);
        }
        finally
        {
            if (offices.Opened is { } opened) await opened.DisposeAsync();
        }
    }

    private void Abandon(DbContext db)
    {
        if (!pending.TryGetValue(db, out var offices)) return;
        pending.Remove(db);
        // Disposing a transaction not committed rolls it back.
        offices.Opened?.Dispose();
    }

    /// <summary>The units whose spans a save changes: those a changed row belonged to before it, read from the
    /// original values now, and those it belongs to after it, read from the rows once saved (a unit, posting or grid
    /// added has its ids then).</summary>
    private sealed class PendingOffices
    {
        private readonly HashSet<long> before = [];
        private readonly List<(EntityEntry Entry, string Office)> after = [];

        public IDbContextTransaction? Opened { get; set; }

        public bool IsEmpty => before.Count == 0 && after.Count == 0;

        public void Note(EntityEntry entry, string[] counted, string office)
        {
            if (entry.State == EntityState.Modified && !counted.Any(p => entry.Property(p).IsModified)) return;
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                before.Add((long)entry.Property(office).OriginalValue!);
            if (entry.State is EntityState.Added or EntityState.Modified) after.Add((entry, office));
        }

        public IEnumerable<long> Ids() =>
            before.Union(after.Select(a => (long)a.Entry.Property(a.Office).CurrentValue!));
    }

    private sealed class PreparingInterceptor(OfficeStaffingRollup rollup) : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData,
            InterceptionResult<int> result)
        {
            rollup.Prepare(eventData.Context!);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            rollup.Prepare(eventData.Context!);
            return ValueTask.FromResult(result);
        }
    }
}
