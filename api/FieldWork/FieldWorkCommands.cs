using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.FieldWork;

/// <summary>Recording, correcting and voiding field work. Entries are never deleted or overwritten: a correction
/// marks the original and adds the entry that replaces it.</summary>
internal sealed class FieldWorkCommands(TimeProvider clock)
{
    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    public MutationCommand<RecordFieldWorkInput, FieldWorkEvent> Record => new(
        input => [.. FieldWorkEntries.Check(new(input, new InputRules()), Now())],
        async (input, ctx, ct) =>
        {
            var person = await ctx.FindAsync<Person>(input.PersonId, ct);
            if (person is null) return null;
            var placed = await FieldWorkEntries.PlaceAsync(ctx, person.Id,
                [(new FieldWorkEntry(input, new InputRules()), FieldWorkMapper.ToEvent(input))], ct);
            if (placed is null) return null;
            ctx.Db.Add(placed[0].Received(ctx, Now()));
            return placed[0];
        }) { Subject = input => input.PersonId };

    /// <summary>A day's entries of one person at once: all recorded or none. An entry sent again under its key with the
    /// same content is answered with the entry recorded the first time.</summary>
    public MutationCommand<RecordFieldWorkDayInput, FieldWorkDay> RecordDay => new(
        input =>
        {
            if (input.Events.Count is 0 or > RecordFieldWorkDayInput.MaxEvents)
                return new InputRules().Invalid(nameof(input.Events),
                    $"须含 1 到 {RecordFieldWorkDayInput.MaxEvents} 条记录,超出的请分批上传",
                    $"takes 1 to {RecordFieldWorkDayInput.MaxEvents} entries; send more in further batches").Errors;
            var now = Now();
            var errors = new List<MutationError>();
            var keys = new HashSet<string>();
            foreach (var (entry, index) in input.Events.Select((e, i) => (e, i)))
            {
                errors.AddRange(FieldWorkEntries.Check(new(entry, InputRules.ForItem(nameof(input.Events), index)),
                    now));
                var rules = InputRules.ForItem(nameof(input.Events), index);
                if (CountyCalendar.DayOf(entry.OccurredAt) != input.Day)
                    rules.Invalid(nameof(entry.OccurredAt), $"须在 {input.Day:yyyy-MM-dd}(县内日期)",
                        $"must fall on {input.Day:yyyy-MM-dd} (county time)");
                if (rules.RequiredText(entry.IdempotencyKey, MutationReceipt.KeyMaxLength).Errors.Count == 0
                    && !keys.Add(entry.IdempotencyKey))
                    rules.Invalid(nameof(entry.IdempotencyKey), "在本批中重复", "is repeated in the batch");
                errors.AddRange(rules.Errors);
            }
            return errors;
        },
        async (input, ctx, ct) =>
        {
            var person = await ctx.FindAsync<Person>(input.PersonId, ct);
            if (person is null) return null;
            var items = input.Events.Select((entry, i) => (Key: entry.IdempotencyKey,
                Content: (object)new { input.PersonId, input.Day, Entry = entry },
                KeyPath: InputRules.ForItem(nameof(input.Events), i).PathOfProperty(nameof(entry.IdempotencyKey))))
                .ToList();
            var earlier = await ctx.EarlierResultsAsync(items, ct);
            if (ctx.IsRefused) return null;
            var fresh = input.Events.Select((entry, i) => (Entry: new FieldWorkEntry(entry,
                    InputRules.ForItem(nameof(input.Events), i)), Row: FieldWorkMapper.ToEvent(entry)))
                .Where(e => !earlier.ContainsKey(((FieldWorkDayEntryInput)e.Entry.Facts).IdempotencyKey)).ToList();
            var placed = fresh.Count == 0 ? [] : await FieldWorkEntries.PlaceAsync(ctx, person.Id, fresh, ct);
            if (placed is null) return null;
            var now = Now();
            foreach (var row in placed) ctx.Db.Add(row.Received(ctx, now));
            await ctx.SaveAsync(ct);
            foreach (var (entry, row) in fresh)
                ctx.KeepReceipt(((FieldWorkDayEntryInput)entry.Facts).IdempotencyKey,
                    items.Single(i => i.Key == ((FieldWorkDayEntryInput)entry.Facts).IdempotencyKey).Content, row.Id);
            var answered = await ctx.Db.FieldWorkEvents.Where(e => earlier.Values.Contains(e.Id))
                .ToDictionaryAsync(e => e.Id, ct);
            var created = fresh.ToDictionary(e => ((FieldWorkDayEntryInput)e.Entry.Facts).IdempotencyKey, e => e.Row);
            return new FieldWorkDay(person, input.Day, [.. input.Events.Select(e => earlier.TryGetValue(
                e.IdempotencyKey, out var id) ? answered[id] : created[e.IdempotencyKey])]);
        })
    {
        Subject = input => input.PersonId,
        AuditedObjects = day => [.. day.Events.Select(e => GlobalId.Encode(nameof(FieldWorkEvent), e.Id))],
    };

    /// <summary>The original is kept, marked corrected and pointing at the new active entry that carries the values
    /// given.</summary>
    public MutationCommand<CorrectFieldWorkInput, FieldWorkEvent> Correct => new(
        input => [.. new InputRules().RequiredText(input.Reason, FieldWorkEvent.ReasonMaxLength).Errors,
            .. FieldWorkEntries.Check(new(input, new InputRules()), Now())],
        async (input, ctx, ct) =>
        {
            var original = await ctx.FindAsync<FieldWorkEvent>(input.Id, input.Version, ct);
            if (original is null || !IsActive(original, ctx, InputPath.Of(nameof(input.Id)))) return null;
            if (original.Kind == FieldWorkKind.PopulationRecordEntry)
            {
                ctx.Refuse(new PopulationRecordDerivedError(InputPath.Of(nameof(input.Id))));
                return null;
            }
            var placed = await FieldWorkEntries.PlaceAsync(ctx, original.PersonId,
                [(new FieldWorkEntry(input, new InputRules()), FieldWorkMapper.ToEvent(input))], ct);
            if (placed is null) return null;
            var replacement = placed[0].Received(ctx, Now());
            ctx.Db.Add(replacement);
            (original.Status, original.CorrectedBy, original.CorrectionReason) =
                (FieldWorkStatus.Corrected, replacement, input.Reason.Trim());
            return replacement;
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<VoidFieldWorkInput, FieldWorkEvent> Void => new(
        input => new InputRules().RequiredText(input.Reason, FieldWorkEvent.ReasonMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var entry = await ctx.FindAsync<FieldWorkEvent>(input.Id, input.Version, ct);
            if (entry is null || !IsActive(entry, ctx, InputPath.Of(nameof(input.Id)))) return null;
            (entry.Status, entry.VoidedAt, entry.VoidReason, entry.VoidedById, entry.VoidedByClient) =
                (FieldWorkStatus.Voided, Now(), input.Reason.Trim(), ctx.Caller.PersonId, ctx.Caller.ClientId);
            return entry;
        }) { MayConflict = true, Subject = input => input.Id };

    private static bool IsActive(FieldWorkEvent entry, MutationContext ctx, IReadOnlyList<string> path)
    {
        if (entry.Status == FieldWorkStatus.Active) return true;
        ctx.Refuse(new FieldWorkNotActiveError(entry.Status, path));
        return false;
    }
}

/// <summary>A person's entries of one county day as a batch recorded them, in the order sent.</summary>
public sealed record FieldWorkDay(Person Person, DateOnly Day, IReadOnlyList<FieldWorkEvent> Events) : IIdentified
{
    /// <summary>The person's: a day has no row of its own.</summary>
    public long Id => Person.Id;
}
