using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// The one path every mutation takes: validate the input (nothing is written on an error) → answer a retry of an
/// idempotent create with what the first attempt created → run the mutation's command through the tenant-filtered
/// context (another tenant's id and a missing id both read NOT_FOUND) → save (the tenant write guard runs, and every
/// versioned row changed is checked against the version read; a write outside the caller's scope reads NOT_FOUND too)
/// → append the audit record of the mutation in the same transaction → commit → checkpoint the audit chain. A
/// refused mutation is audited as well, without its change; a failure after the save rolls the change back with the
/// transaction.
/// </summary>
public sealed class MutationRunner(GatewayDbContext db, AuditLog audit, TimeProvider clock,
    IServiceProvider services)
{
    /// <summary>Prefix of the audit operation of a mutation, followed by the mutation's field name.</summary>
    public const string AuditOperationPrefix = "mutation:";

    private const string ChangeSavepoint = "mutation_change";

    public async Task<MutationPayload> RunAsync<TInput, TResult>(string mutation, string resultTypeName, TInput input,
        MutationCommand<TInput, TResult> command, CancellationToken cancellationToken,
        IReadOnlySet<string>? givenFields = null)
        where TResult : class, IIdentified
    {
        try
        {
            // Where the provider retries transient failures (PostgreSQL), the whole mutation runs again, its
            // transaction included, from a context that tracks nothing of the failed attempt.
            var attempts = 0;
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(() =>
            {
                if (attempts++ > 0) db.ChangeTracker.Clear();
                return RunCommandAsync(mutation, resultTypeName, input, command, givenFields, cancellationToken);
            });
        }
        catch
        {
            // Rolled back: what the context tracks no longer matches the database, and a later mutation of the same
            // request must neither see nor save it.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<MutationPayload> RunCommandAsync<TInput, TResult>(string mutation, string resultTypeName,
        TInput input, MutationCommand<TInput, TResult> command, IReadOnlySet<string>? givenFields,
        CancellationToken cancellationToken)
        where TResult : class, IIdentified
    {
        var context = new MutationContext(db, services, mutation, clock, givenFields);
        var idempotencyKey = (input as IIdempotentInput)?.IdempotencyKey;
        var errors = command.Validate(input);
        if (idempotencyKey is not null)
            errors = [.. errors, .. new InputRules().RequiredText(idempotencyKey, MutationReceipt.KeyMaxLength,
                InputPath.Argument + "." + nameof(IIdempotentInput.IdempotencyKey)).Errors];
        // Held from before the first read, so what is checked against the stored rows still holds at the commit.
        await using var transaction = await audit.BeginTransactionAsync(db, cancellationToken);
        TResult? result = null;
        if (errors.Count == 0)
        {
            var receipt = idempotencyKey is null ? null
                : new Receipt(new IdempotencyReceipts(db, mutation), idempotencyKey, IdempotencyReceipts.HashOf(input));
            var earlier = receipt is null ? null : await receipt.FindAsync(cancellationToken);
            if (earlier is not null && earlier.InputHash != receipt!.InputHash)
                errors = [new IdempotencyKeyReusedError(idempotencyKey!, Receipt.Path)];
            else if (earlier is not null)
                // The first attempt's result as it stands now, read under the caller's filters like any other read.
                result = await db.Set<TResult>().SingleOrDefaultAsync(e => e.Id == earlier.ResultId, cancellationToken);
            else
            {
                var transactionOfChange = db.Database.CurrentTransaction!;
                await transactionOfChange.CreateSavepointAsync(ChangeSavepoint, cancellationToken);
                (result, errors) = await ChangeAsync(input, command, context, receipt, cancellationToken);
                // What the change saved before it was refused goes; the audit record of the refusal stays.
                if (errors.Count > 0)
                    await transactionOfChange.RollbackToSavepointAsync(ChangeSavepoint, cancellationToken);
            }
            if (errors.Count == 0 && result is null)
                errors = [new NotFoundError(context.Subject?.Id ?? "", context.Subject?.Path ?? [InputPath.Argument])];
        }
        if (errors.Count > 0) db.ChangeTracker.Clear();

        var outcome = errors.Count == 0 ? AuditOutcome.Succeeded
            // Indistinguishable from a scope refusal, so recorded as one.
            : errors.Any(e => e is NotFoundError) ? AuditOutcome.Denied
            : AuditOutcome.Failed;
        IReadOnlyList<string> objectIds = errors.Count == 0
            ? command.AuditedObjects?.Invoke(result!) ?? [GlobalId.Encode(resultTypeName, result!.Id)]
            : context.Subject is { } subject ? [subject.Id]
            : command.Subject is { } subjectOf ? [subjectOf(input)] : [];
        await transaction.AppendAsync(new AuditEntry(AuditOperationPrefix + mutation, outcome, objectIds),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors.Count == 0
            ? MutationPayload.Succeeded(result!, context.Warnings, context.ShownOnce)
            : MutationPayload.Refused(errors);
    }

    /// <summary>
    /// Runs the command and saves its change (and the receipt of an idempotent create): the result, or the errors that
    /// refused it.
    /// </summary>
    private async Task<(TResult? Result, IReadOnlyList<MutationError> Errors)> ChangeAsync<TInput, TResult>(
        TInput input, MutationCommand<TInput, TResult> command, MutationContext context, Receipt? receipt,
        CancellationToken cancellationToken) where TResult : class, IIdentified
    {
        try
        {
            var result = await command.Execute(input, context, cancellationToken);
            if (context.IsRefused || result is null) return (result, context.Errors);
            await db.SaveChangesAsync(cancellationToken);
            if (context.Raised.Count > 0)
            {
                // After the change is saved, so the events name its new rows; before the commit, so they go with it.
                await services.GetRequiredService<IOutbox>().WriteAsync(db, context.Raised, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            if (receipt is null) return (result, []);
            receipt.Keep(result.Id, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return (result, []);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            // Another writer got in between the read and the UPDATE, which matched no row.
            var entry = conflict.Entries[0];
            var stored = await entry.GetDatabaseValuesAsync(cancellationToken);
            var current = stored?.GetValue<int>(nameof(IVersioned.Version)) ?? 0;
            var (read, path) = context.VersionReadOf(entry.Entity)
                ?? ((int)entry.Property(nameof(IVersioned.Version)).OriginalValue!, [InputPath.Argument]);
            return (null, [new ConflictError(read, current, path)]);
        }
        catch (TenantAccessDeniedException)
        {
            // The guard refuses before any statement is sent; the refusal is recorded, without the change.
            return (null, [new NotFoundError(context.Subject?.Id ?? "",
                context.Subject?.Path ?? [InputPath.Argument])]);
        }
    }

    /// <summary>The receipt an idempotent create looks for, and leaves when it succeeds.</summary>
    private sealed record Receipt(IdempotencyReceipts Receipts, string Key, string InputHash)
    {
        public static IReadOnlyList<string> Path => InputPath.Of(nameof(IIdempotentInput.IdempotencyKey));

        public async Task<MutationReceipt?> FindAsync(CancellationToken cancellationToken) =>
            (await Receipts.FindAsync([Key], cancellationToken)).GetValueOrDefault(Key);

        public void Keep(long resultId, DateTime createdAt) => Receipts.Keep(Key, InputHash, resultId, createdAt);
    }
}
