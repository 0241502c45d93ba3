using System.Linq.Expressions;
using Gateway.Api.Assessment;
using Gateway.Api.Audit;
using Gateway.Api.FieldWork;
using Gateway.Api.Grids;
using Gateway.Api.Informants;
using Gateway.Api.Mediation;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;
using Gateway.Api.Requests;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Clients;
using Gateway.Api.Security.Protection;
using Gateway.Api.StationDuty;
using Gateway.Api.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Api.Data;

/// <summary>
/// The one database model. Row scoping lives here and nowhere else: every tenant-owned set is filtered to the
/// caller's unit and below, and <see cref="TenantWriteGuard"/> refuses writes outside it. Each database engine has a
/// subclass of its own (<see cref="SqliteGatewayDbContext"/>, <see cref="PostgresGatewayDbContext"/>) only so that each
/// keeps its own migrations, EF's way of one model on two providers; the services ask for this type.
/// </summary>
public abstract class GatewayDbContext(DbContextOptions options, TenantScope scope, ColumnProtector protector)
    : IdentityDbContext<GatewayUser, GatewayRole, long>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "tenant";
    public const string IdentityFilter = "informant-identity";

    internal TenantScope Scope => scope;

    private int rowSecurityLifts;

    /// <summary>Whether this context's statements run past PostgreSQL's row security (<see cref="LiftRowSecurity"/>).
    /// </summary>
    internal bool RowSecurityLifted => rowSecurityLifts > 0;

    /// <summary>
    /// Lets this context's statements past PostgreSQL's row-level security, the second wall behind the query filters
    /// (<see cref="RowLevelSecurity"/>), until disposed: for the reads and writes across tenants that switch the
    /// filters off or send their own SQL, each allow-listed with its reason (FilterBypassArchitectureTests). The
    /// query filters and the write guard stay as they are.
    /// </summary>
    public IDisposable LiftRowSecurity()
    {
        rowSecurityLifts++;
        return new RowSecurityLift(this);
    }

    private sealed class RowSecurityLift(GatewayDbContext db) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            db.rowSecurityLifts--;
        }
    }
    private string? TenantPathEnd => scope.UnitPathEnd;
    private string? TenantRangeStart => scope.UnitPathEnd is null ? null : scope.UnitPath;
    private string? TenantScanPrefix => scope.UnitPathEnd is null ? scope.UnitPath : null;
    private IReadOnlyList<string> TenantLine => scope.UnitLine;
    private bool ReadsAllIdentities => scope.Has(Security.Permissions.InformantsIdentity);
    private bool SignedInWithSecondFactor => scope.IsSystem || scope.SignedInWithSecondFactor;
    private long? CallerPersonId => scope.PersonId;

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<StationSquad> StationSquads => Set<StationSquad>();
    public DbSet<ExternalOrganisation> ExternalOrganisations => Set<ExternalOrganisation>();
    public DbSet<Grid> Grids => Set<Grid>();
    public DbSet<StandardAddress> StandardAddresses => Set<StandardAddress>();
    public DbSet<MassParticipationTeam> MassParticipationTeams => Set<MassParticipationTeam>();
    public DbSet<CameraPoint> CameraPoints => Set<CameraPoint>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<CommunityPost> CommunityPosts => Set<CommunityPost>();
    public DbSet<LeavePeriod> LeavePeriods => Set<LeavePeriod>();
    public DbSet<FieldWorkEvent> FieldWorkEvents => Set<FieldWorkEvent>();
    public DbSet<FieldWorkDayTotal> FieldWorkDayTotals => Set<FieldWorkDayTotal>();
    public DbSet<FieldWorkUnitTotal> FieldWorkUnitTotals => Set<FieldWorkUnitTotal>();
    public DbSet<WorkTargets> WorkTargets => Set<WorkTargets>();
    public DbSet<DutyCategory> DutyCategories => Set<DutyCategory>();
    public DbSet<DutyItem> DutyItems => Set<DutyItem>();
    public DbSet<AssessmentWeights> AssessmentWeights => Set<AssessmentWeights>();
    public DbSet<OfficerAssessment> OfficerAssessments => Set<OfficerAssessment>();
    public DbSet<AssessmentScoreEntry> AssessmentScoreEntries => Set<AssessmentScoreEntry>();
    public DbSet<GridWorkerAssessment> GridWorkerAssessments => Set<GridWorkerAssessment>();
    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<House> Houses => Set<House>();
    public DbSet<RegisteredUnit> RegisteredUnits => Set<RegisteredUnit>();
    public DbSet<RegistryRevision> RegistryRevisions => Set<RegistryRevision>();
    public DbSet<KeyPersonControl> KeyPersonControls => Set<KeyPersonControl>();
    public DbSet<MediationCommittee> MediationCommittees => Set<MediationCommittee>();
    public DbSet<MediationMember> MediationMembers => Set<MediationMember>();
    public DbSet<MediationCase> MediationCases => Set<MediationCase>();
    public DbSet<MediationSession> MediationSessions => Set<MediationSession>();
    public DbSet<MediationAgreement> MediationAgreements => Set<MediationAgreement>();
    public DbSet<MediationParty> MediationParties => Set<MediationParty>();
    public DbSet<MediationCaseStep> MediationCaseSteps => Set<MediationCaseStep>();
    public DbSet<MediationSessionMediator> MediationSessionMediators => Set<MediationSessionMediator>();
    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();
    public DbSet<RequestReview> RequestReviews => Set<RequestReview>();
    public DbSet<RequestChase> RequestChases => Set<RequestChase>();
    public DbSet<ReturnVisit> ReturnVisits => Set<ReturnVisit>();
    public DbSet<RequestDispatch> RequestDispatches => Set<RequestDispatch>();
    public DbSet<RequestExtension> RequestExtensions => Set<RequestExtension>();
    public DbSet<RequestScoring> RequestScorings => Set<RequestScoring>();
    public DbSet<Informant> Informants => Set<Informant>();
    public DbSet<InformantIdentity> InformantIdentities => Set<InformantIdentity>();
    public DbSet<InformantHandling> InformantHandlings => Set<InformantHandling>();
    public DbSet<InformantContact> InformantContacts => Set<InformantContact>();
    public DbSet<InformantTraining> InformantTrainings => Set<InformantTraining>();
    public DbSet<Tip> Tips => Set<Tip>();
    public DbSet<Reward> Rewards => Set<Reward>();
    public DbSet<InformantAuthorisation> InformantAuthorisations => Set<InformantAuthorisation>();
    public DbSet<InformantTasking> InformantTaskings => Set<InformantTasking>();
    public DbSet<TipDissemination> TipDisseminations => Set<TipDissemination>();
    public DbSet<RewardEntry> RewardEntries => Set<RewardEntry>();
    public DbSet<DutyShift> DutyShifts => Set<DutyShift>();
    public DbSet<StationCaseAssignment> StationCaseAssignments => Set<StationCaseAssignment>();
    public DbSet<Dispatch> Dispatches => Set<Dispatch>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    /// <summary>The data-protection key ring, shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Enums as names keep the database readable and stable when members are added.
        conventions.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Integer fen compare, sort and sum exactly in SQL on every provider (SQLite has no decimal type).
        conventions.Properties<decimal>().HaveConversion<MoneyAsFenConverter>();
        conventions.Properties<decimal?>().HaveConversion<MoneyAsFenConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            // History is never deleted by accident: a referenced row cannot go while something points at it.
            foreach (var foreignKey in entityType.GetForeignKeys()
                .Where(k => k.DeclaringEntityType.ClrType.Namespace?.StartsWith("Gateway.") == true))
                foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
            // Personal data is ciphertext at rest whatever its type: text, a health flag, a number, a date.
            foreach (var property in entityType.GetProperties()
                .Where(p => p.PropertyInfo?.IsDefined(typeof(SensitiveAttribute), false) == true))
            {
                property.SetValueConverter(ProtectedColumnConverter.For(property.ClrType, protector));
                property.SetMaxLength(512);
            }
            // The version read is compared in the UPDATE itself, so a change between the read and the write is caught.
            if (typeof(IVersioned).IsAssignableFrom(entityType.ClrType))
                modelBuilder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            if (TenantOwnership.Of(entityType.ClrType) is { PathProperty: { } pathProperty } ownership)
                modelBuilder.Entity(entityType.ClrType)
                    .HasQueryFilter(TenantFilter, ReadableInTenant(entityType.ClrType, pathProperty, ownership));
        }
        // An identity is visible to holders of informants.identity in scope, and to the informant's current handler or
        // controller; to either only when they signed in with an authenticator code, as a password alone may leak.
        modelBuilder.Entity<InformantIdentity>().HasQueryFilter(IdentityFilter, i => SignedInWithSecondFactor
            && (ReadsAllIdentities || InformantHandlings.Any(h =>
                h.InformantId == i.InformantId && h.PersonId == CallerPersonId && h.To == null)));
        // Statistics group times by county day: one function of each engine's own, rather than the generic
        // translation of AddHours(8).Date (on SQLite a strftime and two rtrims per row, twice the cost of date()).
        var types = this.GetService<IRelationalTypeMappingSource>();
        var (dateOnly, dateTime) = (types.FindMapping(typeof(DateOnly))!, types.FindMapping(typeof(DateTime))!);
        modelBuilder.HasDbFunction(typeof(CountyCalendar).GetMethod(nameof(CountyCalendar.DayOf), [typeof(DateTime)])!)
            .HasTranslation(arguments => CountyDayOf(arguments[0], dateOnly, dateTime));
    }

    /// <summary>The SQL of <see cref="CountyCalendar.DayOf(DateTime)"/>: the county day of a UTC time stored in
    /// <paramref name="utc"/>, as a date of <paramref name="dateOnly"/>'s mapping.</summary>
    protected virtual SqlExpression CountyDayOf(SqlExpression utc, RelationalTypeMapping dateOnly,
        RelationalTypeMapping dateTime) =>
        new SqlFunctionExpression("date",
            [utc, new SqlFragmentExpression($"'+{CountyCalendar.Offset.TotalHours:0} hours'")], nullable: true,
            argumentsPropagateNullability: [true, false], typeof(DateOnly), dateOnly);

    /// <summary>
    /// <c><paramref name="path"/> starts with the caller's path</c>, over a row's path column, in one of two forms,
    /// whichever the scope's parameters leave standing. Below the top of the tree a range (path &gt;= start AND path
    /// &lt; end), which an index on the path column serves (a LIKE prefix cannot use one in SQLite; the path columns
    /// use the default BINARY collation); EF drops the prefix match, whose parameter is null, from that SQL. At the
    /// top, where nearly every row matches, a prefix match, which reads the table in order instead of looking every row
    /// up through the index; there the SQL keeps the range beside it, comparing with NULL, which is never true.
    /// </summary>
    private Expression WithinTenant(Expression path)
    {
        Expression<Func<string, bool>> within = p => p.StartsWith(TenantScanPrefix!)
            || (string.Compare(p, TenantRangeStart) >= 0 && string.Compare(p, TenantPathEnd) < 0);
        return ReplacingExpressionVisitor.Replace(within.Parameters[0], path, within.Body);
    }

    /// <summary>
    /// Whether a read-through is written <c>EXISTS (SELECT 1 FROM source WHERE source.ForeignKey = row.Id)</c> rather
    /// than <c>row.Id IN (SELECT source.ForeignKey FROM source)</c>. PostgreSQL prices an uncorrelated IN as a hash
    /// of the whole source built before the first row, once per loop of a nested loop, so it scans the table to
    /// join it; a correlated EXISTS it prices per row, plans as a probe of the source's key index or a hash as the
    /// row count warrants, and, after the path range in the OR, runs only for rows outside the caller's range.
    /// </summary>
    protected virtual bool ReadThroughCorrelated => false;

    /// <summary>
    /// <c>row =&gt; within(row.Path)</c>; for a type shared downwards <c>|| row.Path IN (the caller's unit and the
    /// units above it)</c>, a handful of equalities the path index serves; and for each
    /// <see cref="AlsoReadThroughAttribute"/> of the type <c>|| row.Id IN (SELECT source.ForeignKey FROM source)</c>
    /// (or its EXISTS, <see cref="ReadThroughCorrelated"/>). EF applies the source's own tenant filter to that
    /// subquery, so it holds the ids of rows the caller's own source rows point at; SQLite reads it once, through the
    /// source's path index, and unions it with the range on the row's path index.
    /// </summary>
    private LambdaExpression ReadableInTenant(Type entity, string pathProperty, TenantOwnership ownership)
    {
        var row = Expression.Parameter(entity, "row");
        var readable = WithinTenant(Expression.Property(row, pathProperty));
        if (ownership.SharedDownwards)
        {
            Expression<Func<string, bool>> onLine = p => TenantLine.Contains(p);
            readable = Expression.OrElse(readable, ReplacingExpressionVisitor.Replace(onLine.Parameters[0],
                Expression.Property(row, pathProperty), onLine.Body));
        }
        foreach (var through in ownership.ReadThrough)
        {
            if (!TenantOwnership.Of(through.Source).IsTenantOwned)
                throw new InvalidOperationException(
                    $"{entity.Name} is read through {through.Source.Name}, which is not tenant-owned.");
            var source = Expression.Parameter(through.Source, "source");
            var set = Expression.Call(Expression.Constant(this),
                typeof(DbContext).GetMethod(nameof(Set), Type.EmptyTypes)!.MakeGenericMethod(through.Source));
            var key = Expression.Convert(Expression.Property(source, through.ForeignKey), typeof(long?));
            var id = Expression.Convert(Expression.Property(row, nameof(Entity.Id)), typeof(long?));
            var pointedAt = ReadThroughCorrelated
                ? Expression.Call(typeof(Queryable), nameof(Queryable.Any), [through.Source], set,
                    Expression.Quote(Expression.Lambda(Expression.Equal(key, id), source)))
                : Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(long?)],
                    Expression.Call(typeof(Queryable), nameof(Queryable.Select), [through.Source, typeof(long?)],
                        set, Expression.Quote(Expression.Lambda(key, source))), id);
            readable = Expression.OrElse(readable, pointedAt);
        }
        return Expression.Lambda(readable, row);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampOwnerPaths();
        RaiseVersions();
        new TenantWriteGuard(this).CheckAsync(CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default)
    {
        StampOwnerPaths();
        RaiseVersions();
        await new TenantWriteGuard(this).CheckAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Every saved change of a versioned row raises its version once; the UPDATE matches the version
    /// read.</summary>
    private void RaiseVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(v => v.Version);
            if (!version.IsModified) version.CurrentValue = version.OriginalValue + 1;
        }
    }

    private void StampOwnerPaths()
    {
        var paths = new Dictionary<long, string>();
        foreach (var entry in ChangeTracker.Entries<TenantOwnedEntity>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            // A tracked owner gives its own path: units not saved yet all have id 0, so only stored owners are looked
            // up by id.
            if (entry.Entity.OwnerUnit?.Path is { Length: > 0 } tracked)
            {
                entry.Entity.OwnerPath = tracked;
                continue;
            }
            var ownerId = entry.Entity.OwnerUnit?.Id ?? entry.Entity.OwnerUnitId;
            if (!paths.TryGetValue(ownerId, out var path))
                paths[ownerId] = path = OrgUnits.Where(u => u.Id == ownerId).Select(u => u.Path).FirstOrDefault()
                    ?? throw new TenantAccessDeniedException();
            entry.Entity.OwnerPath = path;
        }
    }
}
