using Gateway.Api.Audit;
using Gateway.Api.FieldWork;
using Gateway.Api.Grids;
using Gateway.Api.Informants;
using Gateway.Api.Mediation;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;
using Gateway.Api.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Data;

public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options) : DbContext(options)
{
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
    public DbSet<FieldWorkEvent> FieldWorkEvents => Set<FieldWorkEvent>();
    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<House> Houses => Set<House>();
    public DbSet<RegisteredUnit> RegisteredUnits => Set<RegisteredUnit>();
    public DbSet<MediationCommittee> MediationCommittees => Set<MediationCommittee>();
    public DbSet<MediationMember> MediationMembers => Set<MediationMember>();
    public DbSet<MediationCase> MediationCases => Set<MediationCase>();
    public DbSet<MediationSession> MediationSessions => Set<MediationSession>();
    public DbSet<MediationAgreement> MediationAgreements => Set<MediationAgreement>();
    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();
    public DbSet<RequestReview> RequestReviews => Set<RequestReview>();
    public DbSet<RequestChase> RequestChases => Set<RequestChase>();
    public DbSet<ReturnVisit> ReturnVisits => Set<ReturnVisit>();
    public DbSet<Informant> Informants => Set<Informant>();
    public DbSet<InformantIdentity> InformantIdentities => Set<InformantIdentity>();
    public DbSet<InformantHandling> InformantHandlings => Set<InformantHandling>();
    public DbSet<InformantContact> InformantContacts => Set<InformantContact>();
    public DbSet<InformantTraining> InformantTrainings => Set<InformantTraining>();
    public DbSet<Tip> Tips => Set<Tip>();
    public DbSet<Reward> Rewards => Set<Reward>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

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
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
        // History is never deleted by accident: a referenced row cannot go while something points at it.
        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()))
            foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampOwnerPaths();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampOwnerPaths();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampOwnerPaths()
    {
        var paths = new Dictionary<long, string>();
        foreach (var entry in ChangeTracker.Entries<TenantOwnedEntity>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var ownerId = entry.Entity.OwnerUnit?.Id ?? entry.Entity.OwnerUnitId;
            if (!paths.TryGetValue(ownerId, out var path))
            {
                path = entry.Entity.OwnerUnit?.Path is { Length: > 0 } tracked
                    ? tracked
                    : OrgUnits.Where(u => u.Id == ownerId).Select(u => u.Path).FirstOrDefault()
                      ?? throw new InvalidOperationException($"Owner unit {ownerId} does not exist.");
                paths[ownerId] = path;
            }
            entry.Entity.OwnerPath = path;
        }
    }
}
