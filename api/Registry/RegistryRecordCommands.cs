using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;

namespace Gateway.Api.Registry;

/// <summary>
/// Creating, updating, moving and verifying a resident, house or unit, the same way for all three: the grid in the
/// caller's scope, the address (when given) in that grid, the owner the grid's office, the record's freshness stamped,
/// and every write recorded as a revision.
/// </summary>
internal sealed class RegistryRecordCommands(RegistryRevisions revisions, TimeProvider clock)
{
    /// <summary>A rule of one kind of record that needs the stored data; false when it refused the write.</summary>
    public delegate Task<bool> Check<in TInput, in TRecord>(TInput input, TRecord record, MutationContext context,
        CancellationToken cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public MutationCommand<TInput, TRecord> Create<TInput, TRecord>(Func<TInput, IReadOnlyList<MutationError>> validate,
        Func<TInput, TRecord> map, Check<TInput, TRecord>? check = null, bool entersPopulationRecords = false)
        where TInput : IRegistryPlacement where TRecord : TenantOwnedEntity, IRegistryRecord =>
        revisions.Revised(RevisionReason.Created, new MutationCommand<TInput, TRecord>(validate,
            async (input, context, cancellationToken) =>
            {
                var place = await FindPlaceAsync(input, context, cancellationToken);
                if (place is null) return null;
                var record = map(input);
                record.OwnerUnitId = place.Value.Grid.OwnerUnitId;
                (record.GridId, record.AddressId) = (place.Value.Grid.Id, place.Value.Address?.Id);
                var now = Now;
                (record.RecordedAt, record.UpdatedAt, record.LastVerifiedAt) = (now, now, now);
                if (check is not null && !await check(input, record, context, cancellationToken)) return null;
                context.Db.Add(record);
                return record;
            }) { Subject = input => input.GridId }, entersPopulationRecords);

    public MutationCommand<TInput, TRecord> Update<TInput, TRecord>(Func<TInput, IReadOnlyList<MutationError>> validate,
        Action<TInput, TRecord> apply, Check<TInput, TRecord>? check = null, bool entersPopulationRecords = false)
        where TInput : IRecordUpdate where TRecord : class, IRegistryRecord =>
        revisions.Revised(RevisionReason.Updated, new MutationCommand<TInput, TRecord>(validate,
            async (input, context, cancellationToken) =>
            {
                var record = await context.FindAsync<TRecord>(input.Id, input.Version, cancellationToken);
                var address = input.AddressId is null ? null
                    : await context.FindAsync<StandardAddress>(input.AddressId, cancellationToken);
                if (record is null || context.IsRefused) return null;
                if (address is not null && address.GridId != record.GridId)
                {
                    context.Refuse(new AddressOutsideGridError(InputPath.Of(nameof(input.AddressId))));
                    return null;
                }
                apply(input, record);
                record.AddressId = address?.Id;
                var now = Now;
                (record.UpdatedAt, record.LastVerifiedAt) = (now, now);
                return check is null || await check(input, record, context, cancellationToken) ? record : null;
            }) { MayConflict = true, Subject = input => input.Id }, entersPopulationRecords);

    /// <summary>To another grid, and an address in it; a grid of another office hands the record to that
    /// office.</summary>
    public MutationCommand<TInput, TRecord> Move<TInput, TRecord>()
        where TInput : IRecordWrite, IRegistryPlacement where TRecord : class, IRegistryRecord =>
        revisions.Revised(RevisionReason.Moved, new MutationCommand<TInput, TRecord>(_ => [],
            async (input, context, cancellationToken) =>
            {
                var record = await context.FindAsync<TRecord>(input.Id, input.Version, cancellationToken);
                var place = await FindPlaceAsync(input, context, cancellationToken);
                if (record is null || place is null) return null;
                (record.GridId, record.AddressId) = (place.Value.Grid.Id, place.Value.Address?.Id);
                record.OwnerUnitId = place.Value.Grid.OwnerUnitId;
                var now = Now;
                (record.UpdatedAt, record.LastVerifiedAt) = (now, now);
                return record;
            }) { MayConflict = true, Subject = input => input.Id });

    /// <summary>Checked and found as on file: only the freshness changes.</summary>
    public MutationCommand<TInput, TRecord> Verify<TInput, TRecord>()
        where TInput : IRecordWrite where TRecord : class, IRegistryRecord =>
        revisions.Revised(RevisionReason.Verified, new MutationCommand<TInput, TRecord>(_ => [],
            async (input, context, cancellationToken) =>
            {
                var record = await context.FindAsync<TRecord>(input.Id, input.Version, cancellationToken);
                if (record is not null) record.LastVerifiedAt = Now;
                return record;
            }) { MayConflict = true, Subject = input => input.Id });

    /// <summary>Whether a grid still takes records: a retired grid keeps those it had, and is refused at
    /// <paramref name="gridField"/>'s path.</summary>
    public static bool GridTakesRecords(MutationContext context, Grid grid, string gridField)
    {
        if (grid.RetiredOn is not { } retired) return true;
        context.Refuse(new GridRetiredError(grid.Code, retired, InputPath.Of(gridField)));
        return false;
    }

    /// <summary>The grid the input names, and the address in it.</summary>
    private static async Task<(Grid Grid, StandardAddress? Address)?> FindPlaceAsync(IRegistryPlacement input,
        MutationContext context, CancellationToken cancellationToken)
    {
        var grid = await context.FindAsync<Grid>(input.GridId, cancellationToken);
        var address = input.AddressId is null ? null
            : await context.FindAsync<StandardAddress>(input.AddressId, cancellationToken);
        if (grid is null || context.IsRefused || !GridTakesRecords(context, grid, nameof(input.GridId))) return null;
        if (address is not null && address.GridId != grid.Id)
        {
            context.Refuse(new AddressOutsideGridError(InputPath.Of(nameof(input.AddressId))));
            return null;
        }
        return (grid, address);
    }
}
