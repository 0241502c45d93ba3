using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Grids;
using Gateway.Api.Informants;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Checks 24, 30 and 31 at the data layer, where every future mutation will end (GraphQL mutations go through it too,
/// see MutationIsolationTests): a context entered as Nanjing can create, change, move and delete rows only inside
/// Nanjing, cannot point a row at another office's row, cannot reach another office's row by id, and an unset scope
/// writes nothing. Refusals read "Not found." and leave the database as it was. Every test starts on a fresh copy of
/// the county.
/// </summary>
public sealed class DataLayerWriteTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Nanjing = "nanjing";

    /// <summary>Rows of the seeded county the tests aim at, read by the system.</summary>
    private sealed record Known(
        long Nanjing, string NanjingPath, long Longxiang, string LongxiangPath, long Station, long Bureau,
        long NanjingPerson, long LongxiangPerson, long NanjingGrid, string NanjingGridCode, long LongxiangGrid,
        long Community, long NanjingInformant, string NanjingInformantCode, long LongxiangInformant,
        long NanjingAssignment, long NanjingFieldWork, long LongxiangCameraPoint, long FormerNanjingAuxiliary);

    private Task<Known> KnownAsync() => KnownAsync(factory);

    private static Task<Known> KnownAsync(GatewayApiFactory factory) => factory.WithDbAsync(async db =>
    {
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code);
        long nj = units["nanjing"].Id, lx = units["longxiang"].Id;
        var nanjingGrid = await db.Grids.Where(g => g.OwnerUnitId == nj).OrderBy(g => g.Id).FirstAsync();
        var nanjingInformant = await db.Informants.Where(i => i.OwnerUnitId == nj).OrderBy(i => i.Id).FirstAsync();
        return new Known(
            nj, units["nanjing"].Path, lx, units["longxiang"].Path, units["xunchang"].Id, units["bureau"].Id,
            await db.People.Where(p => p.OwnerUnitId == nj).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            // Longxiang's, and never posted to Nanjing: nothing of Nanjing's leads to them.
            await db.People.Where(p => p.OwnerUnitId == lx
                    && !db.Assignments.Any(a => a.PersonId == p.Id && a.OwnerUnitId == nj))
                .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            nanjingGrid.Id, nanjingGrid.Code,
            await db.Grids.Where(g => g.OwnerUnitId == lx).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
            nanjingGrid.CommunityId,
            nanjingInformant.Id, nanjingInformant.CodeName,
            await db.Informants.Where(i => i.OwnerUnitId == lx).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
            await db.Assignments.Where(a => a.OwnerUnitId == nj).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await db.FieldWorkEvents.Where(e => e.OwnerUnitId == nj).OrderBy(e => e.Id).Select(e => e.Id)
                .FirstAsync(),
            await db.CameraPoints.Where(c => c.OwnerUnitId == lx).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            // The auxiliary Nanjing gave Longxiang in the 2022 swap: now on Longxiang's file, read by Nanjing through
            // its past posting.
            await db.People.Where(p => p.OwnerUnitId == lx && p.Kind == PersonKind.AuxiliaryPolice
                    && db.Assignments.Any(a => a.PersonId == p.Id && a.OwnerUnitId == nj))
                .Select(p => p.Id).SingleAsync());
    });

    // ---- creating ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Grid", "longxiang")]
    [InlineData("Person", "longxiang")]
    [InlineData("FieldWorkEvent", "longxiang")]
    [InlineData("CameraPoint", "longxiang")]
    [InlineData("Grid", "xunchang")]
    [InlineData("Person", "bureau")]
    public async Task Creating_a_row_owned_by_another_unit_is_refused_and_writes_nothing(string kind, string owner)
    {
        var known = await KnownAsync();
        var ownerId = await factory.WithDbAsync(db =>
            db.OrgUnits.Where(u => u.Code == owner).Select(u => u.Id).SingleAsync());
        var before = await CountsAsync();

        var refusal = await factory.AsUnitAsync(Nanjing, db =>
        {
            db.Add(NewRow(kind, ownerId, known));
            return Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal("Not found.", refusal.Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_synchronous_SaveChanges_refuses_too()
    {
        var known = await KnownAsync();
        var before = await CountsAsync();

        await factory.AsUnitAsync(Nanjing, db =>
        {
            db.Add(NewRow("Grid", known.Longxiang, known));
            Assert.Throws<TenantAccessDeniedException>(() => db.SaveChanges());
            return Task.CompletedTask;
        });

        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("Assignment.PersonId")]
    [InlineData("Assignment.UnitId")]
    [InlineData("Assignment.GridId")]
    [InlineData("FieldWorkEvent.PersonId")]
    [InlineData("FieldWorkEvent.GridId")]
    [InlineData("CameraPoint.GridId")]
    [InlineData("Tip.ReceivedById")]
    [InlineData("Tip.InformantId")]
    public async Task Creating_a_row_that_points_at_another_offices_row_is_refused_and_writes_nothing(string foreignKey)
    {
        var known = await KnownAsync();
        var before = await CountsAsync();

        await factory.AsUnitAsync(Nanjing, db =>
        {
            db.Add(NewNanjingRowPointingAt(foreignKey, known, foreign: true));
            return Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("Assignment.PersonId")]
    [InlineData("FieldWorkEvent.GridId")]
    [InlineData("Tip.ReceivedById")]
    public async Task The_same_row_pointing_inside_the_office_is_created(string foreignKey)
    {
        var known = await KnownAsync();
        var before = await CountsAsync();

        var row = await factory.AsUnitAsync(Nanjing, async db =>
        {
            var row = NewNanjingRowPointingAt(foreignKey, known, foreign: false);
            db.Add(row);
            await db.SaveChangesAsync();
            return row;
        });

        Assert.Equal(known.NanjingPath, row.OwnerPath);
        Assert.Equal(before.Total + 1, (await CountsAsync()).Total);
    }

    // ---- changing, moving, deleting ------------------------------------------------------------------------------

    [Fact]
    public async Task Pointing_an_office_row_at_another_offices_row_is_refused()
    {
        var known = await KnownAsync();
        var before = await SnapshotAsync(known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var assignment = await db.Assignments.SingleAsync(a => a.Id == known.NanjingAssignment);
            assignment.PersonId = known.LongxiangPerson;
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var work = await db.FieldWorkEvents.SingleAsync(e => e.Id == known.NanjingFieldWork);
            work.GridId = known.LongxiangGrid;
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await SnapshotAsync(known));
    }

    [Theory]
    [InlineData("longxiang")]
    [InlineData("xunchang")]
    [InlineData("bureau")]
    public async Task Moving_an_office_row_to_another_unit_is_refused(string target)
    {
        var known = await KnownAsync();
        var targetId = await factory.WithDbAsync(db =>
            db.OrgUnits.Where(u => u.Code == target).Select(u => u.Id).SingleAsync());
        var before = await SnapshotAsync(known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var grid = await db.Grids.SingleAsync(g => g.Id == known.NanjingGrid);
            grid.OwnerUnitId = targetId;
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await SnapshotAsync(known));
    }

    [Fact]
    public async Task Rewriting_the_owner_path_alone_does_not_move_a_row()
    {
        var known = await KnownAsync();

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var grid = await db.Grids.SingleAsync(g => g.Id == known.NanjingGrid);
            grid.OwnerPath = known.LongxiangPath;
            try { await db.SaveChangesAsync(); }
            catch (TenantAccessDeniedException) { }
        });

        var stored = await factory.WithDbAsync(db =>
            db.Grids.AsNoTracking().SingleAsync(g => g.Id == known.NanjingGrid));
        Assert.Equal((known.Nanjing, known.NanjingPath), (stored.OwnerUnitId, stored.OwnerPath));
    }

    [Fact]
    public async Task Moving_through_a_hand_made_owner_carrying_the_callers_path_is_refused()
    {
        var known = await KnownAsync();
        var before = await SnapshotAsync(known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var grid = await db.Grids.SingleAsync(g => g.Id == known.NanjingGrid);
            grid.OwnerUnit = new OrgUnit { Id = known.Longxiang, Code = "longxiang", Path = known.NanjingPath,
                Name = "x", NameZh = "x" };
            await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await SnapshotAsync(known));
    }

    [Fact]
    public async Task Another_offices_row_cannot_be_loaded_by_id_so_it_cannot_be_changed_or_deleted()
    {
        var known = await KnownAsync();

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            Assert.Null(await db.CameraPoints.FindAsync(known.LongxiangCameraPoint));
            Assert.Null(await db.CameraPoints.SingleOrDefaultAsync(c => c.Id == known.LongxiangCameraPoint));
            Assert.Null(await db.Grids.FindAsync(known.LongxiangGrid));
            Assert.Null(await db.People.FindAsync(known.LongxiangPerson));
            Assert.Null(await db.OrgUnits.FindAsync(known.Longxiang));
            Assert.Null(await db.OrgUnits.FindAsync(known.Station));
        });
    }

    [Fact]
    public async Task Another_offices_row_attached_by_hand_as_it_is_cannot_be_changed_or_deleted()
    {
        var known = await KnownAsync();
        var before = await SnapshotAsync(known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var stub = new CameraPoint { Id = known.LongxiangCameraPoint, OwnerUnitId = known.Longxiang,
                OwnerPath = known.LongxiangPath };
            db.Attach(stub);
            stub.Name = "Changed by another office";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            db.Remove(new CameraPoint { Id = known.LongxiangCameraPoint, OwnerUnitId = known.Longxiang,
                OwnerPath = known.LongxiangPath });
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var unit = new OrgUnit { Id = known.Longxiang, Code = "longxiang", Path = known.LongxiangPath };
            db.Attach(unit);
            unit.Name = "Renamed by another office";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await SnapshotAsync(known));
    }

    /// <summary>
    /// The guard must judge a change by the row as stored, not by the owner a caller claims for it: a hand-made stub of
    /// Longxiang's row that says it is Nanjing's must not let Nanjing change or delete it.
    /// </summary>
    [Fact]
    public async Task Another_offices_row_attached_by_hand_claiming_the_callers_ownership_cannot_be_changed()
    {
        // While the hole is open this write lands; the next test starts on a fresh county all the same.
        var known = await KnownAsync(factory);
        var before = await SnapshotAsync(factory, known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var stub = new CameraPoint { Id = known.LongxiangCameraPoint, OwnerUnitId = known.Nanjing,
                OwnerPath = known.NanjingPath };
            db.Attach(stub);
            stub.Name = "Changed by another office";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await SnapshotAsync(factory, known));
    }

    /// <summary>See
    /// <see cref="Another_offices_row_attached_by_hand_claiming_the_callers_ownership_cannot_be_changed"/>.</summary>
    [Fact]
    public async Task Another_offices_row_attached_by_hand_claiming_the_callers_ownership_cannot_be_deleted()
    {
        // While the hole is open this write lands; the next test starts on a fresh county all the same.
        var known = await KnownAsync(factory);
        var before = await SnapshotAsync(factory, known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            db.Remove(new CameraPoint { Id = known.LongxiangCameraPoint, OwnerUnitId = known.Nanjing,
                OwnerPath = known.NanjingPath });
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await SnapshotAsync(factory, known));
    }

    /// <summary>The same for the tenant tree itself: a stub of Longxiang's unit carrying Nanjing's path must not rename
    /// or re-path it.</summary>
    [Fact]
    public async Task Another_unit_attached_by_hand_claiming_the_callers_path_cannot_be_changed()
    {
        // While the hole is open this write lands; the next test starts on a fresh county all the same.
        var known = await KnownAsync(factory);
        var before = await SnapshotAsync(factory, known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var unit = new OrgUnit { Id = known.Longxiang, Code = "longxiang", Path = known.NanjingPath };
            db.Attach(unit);
            unit.Name = "Renamed by another office";
            db.Entry(unit).Property(u => u.Path).IsModified = true;
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await SnapshotAsync(factory, known));
    }

    [Fact]
    public async Task An_office_cannot_move_its_own_unit_out_of_its_scope()
    {
        var known = await KnownAsync();
        var before = await SnapshotAsync(known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Id == known.Nanjing);
            unit.ParentId = known.Longxiang;
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Id == known.Nanjing);
            unit.Path = known.LongxiangPath + known.Nanjing + "/";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            db.Add(new OrgUnit { Code = "nanjing-annex", Name = "Annex", NameZh = "分室",
                Kind = OrgUnitKind.CommunityOffice, ParentId = known.Longxiang, Path = known.LongxiangPath + "99/" });
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await SnapshotAsync(known));
    }

    /// <summary>
    /// An office reads the people once posted to it (<c>AlsoReadThrough</c> on Person), but their file is kept by the
    /// unit they moved to: the office cannot change or delete them, not even through a hand-made copy claiming to be
    /// its own, nor name them in a new row of its own.
    /// </summary>
    [Fact]
    public async Task A_person_read_through_a_past_posting_cannot_be_changed_deleted_or_pointed_at()
    {
        var known = await KnownAsync();
        var before = await CountsAsync();
        var snapshot = await SnapshotAsync(known);

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == known.FormerNanjingAuxiliary);
            person.Name = "Renamed by the former office";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            db.Remove(await db.People.SingleAsync(p => p.Id == known.FormerNanjingAuxiliary));
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var stub = new Person { Id = known.FormerNanjingAuxiliary, OwnerUnitId = known.Nanjing,
                OwnerPath = known.NanjingPath };
            db.Attach(stub);
            stub.Name = "Renamed by the former office";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        foreach (var row in new TenantOwnedEntity[]
        {
            new FieldWorkEvent { OwnerUnitId = known.Nanjing, PersonId = known.FormerNanjingAuxiliary,
                Kind = FieldWorkKind.Patrol, OccurredAt = DateTime.UtcNow },
            new Assignment { OwnerUnitId = known.Nanjing, PersonId = known.FormerNanjingAuxiliary,
                UnitId = known.Nanjing, Role = AssignmentRole.OfficeAuxiliary, From = new DateOnly(2026, 3, 1) },
        })
            await factory.AsUnitAsync(Nanjing, db =>
            {
                db.Add(row);
                return Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
            });

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(snapshot, await SnapshotAsync(known));
        var name = await factory.WithDbAsync(db =>
            db.People.Where(p => p.Id == known.FormerNanjingAuxiliary).Select(p => p.Name).SingleAsync());
        Assert.NotEqual("Renamed by the former office", name);
    }

    // ---- uniqueness, unset scope, audit --------------------------------------------------------------------------

    [Fact]
    public async Task Codes_are_unique_per_office_so_another_office_may_reuse_them()
    {
        var known = await KnownAsync();

        await factory.AsUnitAsync("longxiang", async db =>
        {
            db.Add(new Grid { OwnerUnitId = known.Longxiang, Code = known.NanjingGridCode, Name = "Longxiang reuse",
                CommunityId = known.Community, Streets = "—" });
            db.Add(new Informant { OwnerUnitId = known.Longxiang, CodeName = known.NanjingInformantCode,
                RecruitedOn = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync();
        });
        // Inside one office the code stays unique, and saying so reveals only the office's own data.
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            db.Add(new Grid { OwnerUnitId = known.Nanjing, Code = known.NanjingGridCode, Name = "Duplicate",
                CommunityId = known.Community, Streets = "—" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        var owners = await factory.WithDbAsync(db => db.Grids.Where(g => g.Code == known.NanjingGridCode)
            .Select(g => g.OwnerUnitId).OrderBy(o => o).ToListAsync());
        Assert.Equal(new[] { known.Nanjing, known.Longxiang }.Order(), owners);
    }

    [Fact]
    public async Task A_context_whose_scope_was_never_entered_reads_nothing_and_writes_nothing()
    {
        var known = await KnownAsync();
        var before = await CountsAsync();
        var snapshot = await SnapshotAsync(known);

        await factory.WithoutScopeAsync(async db =>
        {
            Assert.Equal(0, await db.Grids.CountAsync());
            Assert.Equal(0, await db.OrgUnits.CountAsync());
            db.Add(NewRow("Grid", known.Nanjing, known));
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.WithoutScopeAsync(async db =>
        {
            var stub = new Grid { Id = known.NanjingGrid, OwnerUnitId = known.Nanjing, OwnerPath = known.NanjingPath };
            db.Attach(stub);
            stub.Name = "Changed with no scope";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(snapshot, await SnapshotAsync(known));
    }

    [Fact]
    public async Task Audit_records_cannot_be_changed_or_deleted_by_a_tenant_or_by_the_system()
    {
        var known = await KnownAsync();
        var record = await factory.WithDbAsync(async db =>
        {
            var record = new AuditRecord
            {
                OccurredAt = DateTime.UtcNow, Actor = "isolation-test", TenantUnitId = known.Nanjing,
                TenantPath = known.NanjingPath,
                Operation = "test", ObjectIds = "", Outcome = AuditOutcome.Succeeded,
                PreviousHash = AuditLog.GenesisHash, Hash = "x",
            };
            db.Add(record);
            await db.SaveChangesAsync();
            return record;
        });

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var mine = await db.AuditRecords.SingleAsync(r => r.Id == record.Id);
            mine.Outcome = AuditOutcome.Denied;
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            db.Remove(await db.AuditRecords.SingleAsync(r => r.Id == record.Id));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.AuditRecords.SingleAsync(r => r.Id == record.Id);
            stored.Actor = "someone else";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await factory.WithDbAsync(async db =>
        {
            db.Remove(await db.AuditRecords.SingleAsync(r => r.Id == record.Id));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });

        var stored = await factory.WithDbAsync(db =>
            db.AuditRecords.AsNoTracking().SingleAsync(r => r.Id == record.Id));
        Assert.Equal(("isolation-test", AuditOutcome.Succeeded), (stored.Actor, stored.Outcome));
    }

    [Fact]
    public async Task A_tenant_cannot_change_shared_reference_data()
    {
        var before = await factory.WithDbAsync(db =>
            db.ExternalOrganisations.OrderBy(o => o.Id).Select(o => o.Name).ToListAsync());

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            var committee = await db.ExternalOrganisations.OrderBy(o => o.Id).FirstAsync();
            committee.Name = "Renamed by an office";
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });
        await factory.AsUnitAsync(Nanjing, async db =>
        {
            db.ExternalOrganisations.Add(
                new Gateway.Api.Offices.ExternalOrganisation { Name = "Added by an office", NameZh = "x" });
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await factory.WithDbAsync(db =>
            db.ExternalOrganisations.OrderBy(o => o.Id).Select(o => o.Name).ToListAsync()));
    }

    [Fact]
    public async Task A_tenant_cannot_file_an_audit_record_in_another_offices_trail()
    {
        // While the hole is open this write lands; the next test starts on a fresh county all the same.
        var known = await KnownAsync(factory);
        var before = await factory.WithDbAsync(db => db.AuditRecords.CountAsync());

        await factory.AsUnitAsync(Nanjing, async db =>
        {
            db.Add(new AuditRecord
            {
                OccurredAt = DateTime.UtcNow, Actor = "demo-nanjing", TenantUnitId = known.Longxiang,
                TenantPath = known.LongxiangPath,
                Operation = "forged", ObjectIds = "", Outcome = AuditOutcome.Succeeded,
                PreviousHash = AuditLog.GenesisHash, Hash = "x",
            });
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditRecords.CountAsync()));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static TenantOwnedEntity NewRow(string kind, long ownerId, Known known) => kind switch
    {
        "Grid" => new Grid { OwnerUnitId = ownerId, Code = $"ISO-{Guid.NewGuid():N}"[..20], Name = "Isolation grid",
            CommunityId = known.Community, Streets = "—" },
        "Person" => new Person { OwnerUnitId = ownerId, Kind = PersonKind.AuxiliaryPolice, Name = "Isolation Person" },
        "FieldWorkEvent" => new FieldWorkEvent { OwnerUnitId = ownerId, PersonId = known.NanjingPerson,
            Kind = FieldWorkKind.Patrol, OccurredAt = DateTime.UtcNow },
        "CameraPoint" =>
            new CameraPoint { OwnerUnitId = ownerId, Name = "Isolation camera", Location = "—", Cameras = 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A Nanjing row whose <paramref name="foreignKey"/> points at Longxiang's row (or, for the control, at
    /// Nanjing's); every other key stays in Nanjing.</summary>
    private static TenantOwnedEntity NewNanjingRowPointingAt(string foreignKey, Known k, bool foreign)
    {
        long Person(string key) => foreign && foreignKey == key ? k.LongxiangPerson : k.NanjingPerson;
        long Grid(string key) => foreign && foreignKey == key ? k.LongxiangGrid : k.NanjingGrid;
        return foreignKey.Split('.')[0] switch
        {
            "Assignment" => new Assignment
            {
                OwnerUnitId = k.Nanjing, PersonId = Person("Assignment.PersonId"),
                UnitId = foreign && foreignKey == "Assignment.UnitId" ? k.Longxiang : k.Nanjing,
                GridId = Grid("Assignment.GridId"), Role = AssignmentRole.OfficeAuxiliary,
                From = new DateOnly(2026, 3, 1),
            },
            "FieldWorkEvent" => new FieldWorkEvent
            {
                OwnerUnitId = k.Nanjing, PersonId = Person("FieldWorkEvent.PersonId"),
                GridId = Grid("FieldWorkEvent.GridId"), Kind = FieldWorkKind.Patrol, OccurredAt = DateTime.UtcNow,
            },
            "CameraPoint" => new CameraPoint { OwnerUnitId = k.Nanjing, GridId = Grid("CameraPoint.GridId"),
                Name = "Isolation camera", Location = "—", Cameras = 1 },
            "Tip" => new Tip
            {
                OwnerUnitId = k.Nanjing, InformantId = foreign && foreignKey == "Tip.InformantId" ? k.LongxiangInformant
                    : k.NanjingInformant,
                ReceivedById = Person("Tip.ReceivedById"), ReceivedAt = DateTime.UtcNow, Content = "Isolation tip",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(foreignKey), foreignKey, null),
        };
    }

    private sealed record Counts(int Grids, int People, int FieldWork, int CameraPoints, int Assignments, int Tips,
        int OrgUnits)
    {
        public int Total => Grids + People + FieldWork + CameraPoints + Assignments + Tips + OrgUnits;
    }

    private Task<Counts> CountsAsync() => factory.WithDbAsync(async db => new Counts(
        await db.Grids.CountAsync(), await db.People.CountAsync(), await db.FieldWorkEvents.CountAsync(),
        await db.CameraPoints.CountAsync(),
        await db.Assignments.CountAsync(), await db.Tips.CountAsync(), await db.OrgUnits.CountAsync()));

    /// <summary>The stored state of every row the change tests aim at, as text, for before/after equality.</summary>
    private Task<string> SnapshotAsync(Known known) => SnapshotAsync(factory, known);

    private static Task<string> SnapshotAsync(GatewayApiFactory factory, Known known) => factory.WithDbAsync(async db =>
    {
        var grids = await db.Grids.AsNoTracking().Where(g => g.Id == known.NanjingGrid || g.Id == known.LongxiangGrid)
            .OrderBy(g => g.Id).Select(g => $"{g.Id}:{g.OwnerUnitId}:{g.OwnerPath}:{g.Name}:{g.Code}").ToListAsync();
        var camera = await db.CameraPoints.AsNoTracking().Where(c => c.Id == known.LongxiangCameraPoint)
            .Select(c => $"{c.Id}:{c.OwnerUnitId}:{c.OwnerPath}:{c.Name}:{c.GridId}").ToListAsync();
        var assignment = await db.Assignments.AsNoTracking().Where(a => a.Id == known.NanjingAssignment)
            .Select(a => $"{a.Id}:{a.OwnerUnitId}:{a.OwnerPath}:{a.PersonId}").ToListAsync();
        var work = await db.FieldWorkEvents.AsNoTracking().Where(e => e.Id == known.NanjingFieldWork)
            .Select(e => $"{e.Id}:{e.OwnerUnitId}:{e.OwnerPath}:{e.GridId}").ToListAsync();
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => $"{u.Id}:{u.ParentId}:{u.Path}:{u.Name}").ToListAsync();
        return string.Join("\n", [.. grids, .. camera, .. assignment, .. work, .. units]);
    });
}
