using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// The one path every mutation takes: validate the input (nothing is written on an error) → load the target through
/// the tenant-filtered context (another tenant's id and a missing id both read NOT_FOUND) → apply the change → save
/// (the tenant write guard runs; a write outside the caller's scope reads NOT_FOUND too) → append the audit record of
/// the mutation in the same transaction → commit → checkpoint the audit chain. A refused mutation is audited as well,
/// without its change; a failure after the save rolls the change back with the transaction.
/// </summary>
public sealed class MutationRunner(GatewayDbContext db, AuditLog audit)
{
    /// <summary>Prefix of the audit operation of a mutation, followed by the mutation's field name.</summary>
    public const string AuditOperationPrefix = "mutation:";

    public async Task<MutationPayload> RunAsync<TInput, TTarget>(string mutation, string targetTypeName, TInput input,
        MutationSteps<TInput, TTarget> steps, CancellationToken cancellationToken) where TTarget : Entity
    {
        try
        {
            return await RunStepsAsync(mutation, targetTypeName, input, steps, cancellationToken);
        }
        catch
        {
            // Rolled back: what the context tracks no longer matches the database, and a later mutation of the same
            // request must neither see nor save it.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<MutationPayload> RunStepsAsync<TInput, TTarget>(string mutation, string targetTypeName,
        TInput input, MutationSteps<TInput, TTarget> steps, CancellationToken cancellationToken) where TTarget : Entity
    {
        var targetId = steps.TargetIdOf(input);
        var errors = steps.Validate(input);
        // Held from before the first read, so what is checked against the stored row still holds at the commit.
        await using var transaction = await audit.BeginTransactionAsync(db, cancellationToken);
        TTarget? target = null;
        if (errors.Count == 0)
        {
            target = await LoadAsync<TTarget>(targetTypeName, targetId, cancellationToken);
            if (target is null) errors = [new NotFoundError(targetId, steps.TargetIdPath)];
        }
        var expected = steps.ExpectedVersionOf?.Invoke(input);
        if (target is IVersioned versioned && errors.Count == 0 && expected is { } stale && stale != versioned.Version)
            errors = [new ConflictError(stale, versioned.Version, steps.ExpectedVersionPath!)];
        if (target is not null && errors.Count == 0)
        {
            steps.Apply(input, target);
            if (target is IVersioned changed) changed.Version++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (expected is { } read)
            {
                // Another writer got in between the read and the UPDATE, which matched no row.
                var stored = await db.Entry(target).GetDatabaseValuesAsync(cancellationToken);
                var current = stored?.GetValue<int>(nameof(IVersioned.Version)) ?? 0;
                errors = [new ConflictError(read, current, steps.ExpectedVersionPath!)];
            }
            catch (TenantAccessDeniedException)
            {
                // The guard refuses before any statement is sent; the refusal is recorded below, without the change.
                errors = [new NotFoundError(targetId, steps.TargetIdPath)];
            }
        }
        if (errors.Count > 0) db.ChangeTracker.Clear();

        var outcome = errors.Count == 0 ? AuditOutcome.Succeeded
            // Indistinguishable from a scope refusal, so recorded as one.
            : errors.Any(e => e is NotFoundError) ? AuditOutcome.Denied
            : AuditOutcome.Failed;
        var objectId = target is not null && errors.Count == 0 ? GlobalId.Encode(targetTypeName, target.Id) : targetId;
        await transaction.AppendAsync(new AuditEntry(AuditOperationPrefix + mutation, outcome, [objectId]),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors.Count == 0 ? MutationPayload.Succeeded(target!) : MutationPayload.Refused(errors);
    }

    private async Task<TTarget?> LoadAsync<TTarget>(string typeName, string globalId,
        CancellationToken cancellationToken)
        where TTarget : Entity =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == typeName
            ? await db.Set<TTarget>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;
}
