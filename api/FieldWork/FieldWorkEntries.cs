using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;

using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.FieldWork;

/// <summary>One entry of field work as an input states it, and where its fields sit in the input: at the top for a
/// single record or a correction, under <c>events.i</c> for an entry of a day.</summary>
internal sealed record FieldWorkEntry(IFieldWorkFacts Facts, InputRules Rules)
{
    public IReadOnlyList<string> PathOf(string property) => Rules.PathOfProperty(property);
}

/// <summary>
/// The rules every entry of field work meets, whichever mutation brings it: checked on the input alone, then against
/// the stored rows — the grid and the resident in the caller's scope, a special-group service naming a resident of a
/// special group, and the person posted on the county day the work was done, whose unit keeps the entry.
/// </summary>
internal static class FieldWorkEntries
{
    /// <summary>What the input alone shows to be wrong with <paramref name="entry"/>, received at
    /// <paramref name="now"/>.</summary>
    public static IEnumerable<MutationError> Check(FieldWorkEntry entry, DateTime now)
    {
        var (facts, rules) = (entry.Facts, entry.Rules);
        rules.Between(facts.Count, 1, FieldWorkEvent.MaxCount).OptionalText(facts.Note, FieldWorkEvent.NoteMaxLength);
        foreach (var error in rules.Errors) yield return error;
        if (facts.Kind == FieldWorkKind.PopulationRecordEntry)
            yield return new PopulationRecordDerivedError(entry.PathOf(nameof(facts.Kind)));
        if (facts.OccurredAt.ToUniversalTime() > now + OccurredInFutureError.Tolerance)
            yield return new OccurredInFutureError(now, entry.PathOf(nameof(facts.OccurredAt)));
        if (facts.Kind == FieldWorkKind.SpecialGroupService && string.IsNullOrEmpty(facts.ResidentId))
            yield return new ResidentRequiredError(entry.PathOf(nameof(facts.ResidentId)));
    }

    /// <summary>
    /// The rows of <paramref name="entries"/>, all done by <paramref name="personId"/>, checked against the stored rows
    /// in three queries whatever their number (grids, residents, postings); null, refused in the context, when any of
    /// them breaks a rule. The rows are not added to the context.
    /// </summary>
    public static async Task<IReadOnlyList<FieldWorkEvent>?> PlaceAsync(MutationContext ctx, long personId,
        IReadOnlyList<(FieldWorkEntry Entry, FieldWorkEvent Row)> entries, CancellationToken ct)
    {
        var residents = ctx.Services.GetRequiredService<IFieldWorkResidents>();
        var gridIds = Decoded(entries, e => e.GridId, nameof(Grid));
        var residentIds = Decoded(entries, e => e.ResidentId, residents.TypeName);
        var gridsFound = gridIds.Count == 0 ? []
            : await ctx.Db.Grids.Where(g => gridIds.Values.Contains(g.Id)).Select(g => g.Id).ToHashSetAsync(ct);
        var residentsFound = residentIds.Count == 0 ? new Dictionary<long, FieldWorkResident>()
            : await residents.FindAsync(ctx.Db, [.. residentIds.Values.Distinct()], ct);
        var days = entries.Select(e => CountyCalendar.DayOf(e.Entry.Facts.OccurredAt)).ToList();
        var (first, last) = (days.Min(), days.Max());
        var postings = await ctx.Db.Assignments.AsNoTracking()
            .Where(a => a.PersonId == personId && a.From <= last && (a.To == null || a.To >= first))
            .Select(a => new { a.UnitId, a.From, a.To }).ToListAsync(ct);

        foreach (var ((entry, row), day) in entries.Zip(days))
        {
            var facts = entry.Facts;
            long? gridId = null;
            if (facts.GridId is { } grid)
            {
                if (gridIds.TryGetValue(grid, out var id) && gridsFound.Contains(id)) gridId = id;
                else ctx.Refuse(new NotFoundError(grid, entry.PathOf(nameof(facts.GridId))));
            }
            if (facts.ResidentId is { } resident)
            {
                if (residentIds.TryGetValue(resident, out var id) && residentsFound.TryGetValue(id, out var found))
                {
                    row.ResidentId = found.Id;
                    gridId ??= found.GridId;
                    if (facts.Kind == FieldWorkKind.SpecialGroupService && !found.InSpecialGroup)
                        ctx.Refuse(new NotSpecialGroupError(entry.PathOf(nameof(facts.ResidentId))));
                }
                else ctx.Refuse(new NotFoundError(resident, entry.PathOf(nameof(facts.ResidentId))));
            }
            var posting = postings.FirstOrDefault(p => p.From <= day && (p.To is null || p.To >= day));
            if (posting is null) ctx.Refuse(new PersonNotPostedError(day, entry.PathOf(nameof(facts.OccurredAt))));
            (row.PersonId, row.GridId, row.OwnerUnitId) = (personId, gridId, posting?.UnitId ?? 0);
        }
        return ctx.IsRefused ? null : [.. entries.Select(e => e.Row)];
    }

    /// <summary>Stamps a new entry as the server received it: now, from the caller, active.</summary>
    public static FieldWorkEvent Received(this FieldWorkEvent row, MutationContext ctx, DateTime now)
    {
        (row.ReceivedAt, row.RecordedById, row.RecordedByClient, row.Status) =
            (now, ctx.Caller.PersonId, ctx.Caller.ClientId, FieldWorkStatus.Active);
        return row;
    }

    /// <summary>The row ids the entries' global ids of <paramref name="typeName"/> name, by global id; ids of
    /// another type or malformed ones are left out, and so read as not found.</summary>
    private static Dictionary<string, long> Decoded(IEnumerable<(FieldWorkEntry Entry, FieldWorkEvent Row)> entries,
        Func<IFieldWorkFacts, string?> globalId, string typeName)
    {
        var ids = new Dictionary<string, long>();
        foreach (var (entry, _) in entries)
            if (globalId(entry.Facts) is { } value && GlobalId.TryDecode(value, out var type, out var id)
                && type == typeName)
                ids[value] = id;
        return ids;
    }
}
