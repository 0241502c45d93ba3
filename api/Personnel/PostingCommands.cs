using GraphQL;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>
/// Posting a person, transferring them and ending a posting. A person's postings never overlap; the role must fit both
/// the person and the unit; a grid worker works in a grid of their own office; a deactivated person is not posted.
/// </summary>
internal static class PostingCommands
{
    public static MutationCommand<PostPersonInput, Assignment> Post => new(
        input => Shape(input),
        async (input, ctx, ct) =>
        {
            var person = await ctx.FindAsync<Person>(input.PersonId, ct);
            var place = await FindPlaceAsync(input, ctx, ct);
            if (person is null || place is null) return null;
            if (!await FitsAsync(ctx, person, place, input.Role, input.From, InputPath.Of(nameof(input.PersonId)),
                    InputPath.Of(nameof(input.From)), ct))
                return null;
            var posting = Placed(PersonnelMapper.ToPosting(input), person, place, ctx);
            RaiseGridWorkerEvent(ctx, OutgoingEventTypes.GridWorkerPosted, posting);
            await ReportStaffingAsync(ctx, [place.Unit], input.From, ct);
            return posting;
        }) { ReportsWarnings = true, Subject = input => input.PersonId };

    /// <summary>Ends the running posting the day before <c>on</c>, starts the new one on <c>on</c>, and moves the
    /// person's file to the new unit.</summary>
    public static MutationCommand<TransferPersonInput, Assignment> Transfer => new(
        input => Shape(input),
        async (input, ctx, ct) =>
        {
            var running = await ctx.FindAsync<Assignment>(input.PostingId, input.Version, ct);
            var place = await FindPlaceAsync(input, ctx, ct);
            if (running is null || place is null) return null;
            var postingPath = InputPath.Of(nameof(input.PostingId));
            var person = await ctx.Db.People.SingleOrDefaultAsync(p => p.Id == running.PersonId, ct);
            if (person is null)
            {
                // The person's file lies outside the caller's scope, which must cover everything the transfer moves.
                ctx.Refuse(new NotFoundError(input.PostingId, postingPath));
                return null;
            }
            if (!CanEnd(ctx, running, input.On.AddDays(-1), postingPath, InputPath.Of(nameof(input.On)))
                || !await FitsAsync(ctx, person, place, input.Role, input.On, postingPath,
                    InputPath.Of(nameof(input.On)), ct, except: running))
                return null;
            (running.To, running.EndedById) = (input.On.AddDays(-1), ctx.Caller.PersonId);
            (person.OwnerUnit, person.OwnerUnitId) = (place.Unit, place.Unit.Id);
            var posting = Placed(PersonnelMapper.ToPosting(input), person, place, ctx);
            RaiseGridWorkerEvent(ctx, OutgoingEventTypes.GridWorkerReleased, running);
            RaiseGridWorkerEvent(ctx, OutgoingEventTypes.GridWorkerPosted, posting);
            var left = await ctx.Db.OrgUnits.SingleAsync(u => u.Id == running.UnitId, ct);
            await ReportStaffingAsync(ctx, [left, place.Unit], input.On, ct);
            return posting;
        }) { MayConflict = true, ReportsWarnings = true, Subject = input => input.PostingId };

    public static MutationCommand<EndPostingInput, Assignment> End => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var posting = await ctx.FindAsync<Assignment>(input.Id, input.Version, ct);
            if (posting is null
                || !CanEnd(ctx, posting, input.To, InputPath.Of(nameof(input.Id)), InputPath.Of(nameof(input.To))))
                return null;
            (posting.To, posting.EndedById) = (input.To, ctx.Caller.PersonId);
            RaiseGridWorkerEvent(ctx, OutgoingEventTypes.GridWorkerReleased, posting);
            var unit = await ctx.Db.OrgUnits.SingleAsync(u => u.Id == posting.UnitId, ct);
            await ReportStaffingAsync(ctx, [unit], input.To.AddDays(1), ct);
            return posting;
        }) { MayConflict = true, ReportsWarnings = true, Subject = input => input.Id };

    /// <summary>The unit, grid and squad a posting names.</summary>
    private sealed record Place(OrgUnit Unit, Grid? Grid, StationSquad? Squad);

    /// <summary>Which fields a role takes: a grid worker names a grid; a squad goes with a station officer alone, a
    /// grid with office roles alone.</summary>
    private static IReadOnlyList<MutationError> Shape(IPostingPlace input)
    {
        var errors = new List<MutationError>();
        if (input.Role == AssignmentRole.GridWorker && string.IsNullOrEmpty(input.GridId))
            errors.Add(PersonRules.Invalid(nameof(input.GridId), "网格员须指定网格", "is required for a grid worker"));
        if (input.Role == AssignmentRole.StationOfficer && input.GridId is not null)
            errors.Add(PersonRules.Invalid(nameof(input.GridId), "派出所民警不指定网格", "is not given for a station officer"));
        if (input.Role != AssignmentRole.StationOfficer && input.SquadId is not null)
            errors.Add(PersonRules.Invalid(nameof(input.SquadId), "仅派出所民警指定中队", "is given for a station officer only"));
        return errors;
    }

    private static async Task<Place?> FindPlaceAsync(IPostingPlace input, MutationContext ctx, CancellationToken ct)
    {
        var unit = await ctx.FindAsync<OrgUnit>(input.UnitId, ct);
        var grid = input.GridId is null ? null : await ctx.FindAsync<Grid>(input.GridId, ct);
        var squad = input.SquadId is null ? null : await ctx.FindAsync<StationSquad>(input.SquadId, ct);
        return unit is null || ctx.IsRefused ? null : new Place(unit, grid, squad);
    }

    /// <summary>
    /// Whether <paramref name="person"/> may hold <paramref name="role"/> at <paramref name="place"/> from
    /// <paramref name="from"/> on; refuses the mutation with the first rule broken. <paramref name="except"/> is the
    /// posting a transfer ends, which the new one follows.
    /// </summary>
    private static async Task<bool> FitsAsync(MutationContext ctx, Person person, Place place, AssignmentRole role,
        DateOnly from, IReadOnlyList<string> personPath, IReadOnlyList<string> fromPath, CancellationToken ct,
        Assignment? except = null)
    {
        var exceptId = except?.Id ?? 0;
        MutationError? error = person.DeactivatedOn is { } deactivatedOn
                ? new PersonDeactivatedError(deactivatedOn, personPath)
            : KindHolding(role) != person.Kind
                ? new RoleDoesNotFitPersonError(role, person.Kind, InputPath.Of(nameof(IPostingPlace.Role)))
            : UnitHolding(role) != place.Unit.Kind
                ? new RoleDoesNotFitUnitError(role, InputPath.Of(nameof(IPostingPlace.UnitId)))
            : place.Grid is { } grid && grid.OwnerUnitId != place.Unit.Id
                ? new GridOutsideOfficeError(InputPath.Of(nameof(IPostingPlace.GridId)))
            : place.Squad is { } squad && squad.OwnerUnitId != place.Unit.Id
                ? new SquadOutsideStationError(InputPath.Of(nameof(IPostingPlace.SquadId)))
            // The new posting runs open-ended, so any posting still running on or after its first day overlaps it.
            : await ctx.Db.Assignments.Where(a => a.PersonId == person.Id && a.Id != exceptId
                    && (a.To == null || a.To >= from)).OrderBy(a => a.From).FirstOrDefaultAsync(ct) is { } other
                ? new PostingOverlapError(other.From, other.To, fromPath)
            : null;
        if (error is not null) ctx.Refuse(error);
        return error is null;
    }

    /// <summary>Whether <paramref name="posting"/> may end on <paramref name="to"/>: it still runs, and the day is not
    /// before its first.</summary>
    private static bool CanEnd(MutationContext ctx, Assignment posting, DateOnly to, IReadOnlyList<string> postingPath,
        IReadOnlyList<string> toPath)
    {
        MutationError? error = posting.To is { } ended ? new PostingEndedError(ended, postingPath)
            : to < posting.From ? new PostingEndsBeforeStartError(posting.From, toPath)
            : null;
        if (error is not null) ctx.Refuse(error);
        return error is null;
    }

    private static Assignment Placed(Assignment posting, Person person, Place place, MutationContext ctx)
    {
        (posting.Person, posting.PersonId, posting.OwnerUnit, posting.OwnerUnitId) =
            (person, person.Id, place.Unit, place.Unit.Id);
        (posting.UnitId, posting.GridId, posting.SquadId, posting.AssignedById) =
            (place.Unit.Id, place.Grid?.Id, place.Squad?.Id, ctx.Caller.PersonId);
        ctx.Db.Add(posting);
        return posting;
    }

    /// <summary>
    /// Reports where the change leaves a community office off 1+2+N on <paramref name="on"/>, the first day it takes
    /// effect: allowed, so the change is made, and warned, so the caller knows which seat or grid is open.
    /// </summary>
    private static async Task ReportStaffingAsync(MutationContext ctx, IEnumerable<OrgUnit> units, DateOnly on,
        CancellationToken ct)
    {
        var offices = units.Where(u => u.Kind == OrgUnitKind.CommunityOffice).DistinctBy(u => u.Id).ToList();
        if (offices.Count == 0) return;
        // Saved inside the mutation's transaction, so the staffing counts the change itself.
        await ctx.SaveAsync(ct);
        var staffing = await new OfficeStaffingCalculator(ctx.Db).ForAsync([.. offices.Select(o => o.Id)], on, ct);
        foreach (var office in offices)
            foreach (var deviation in staffing[office.Id].Gaps.Concat(staffing[office.Id].Surpluses))
                ctx.Warn(new MutationWarning(deviation.Code.ToString().ToConstantCase(), new LocalizedText(
                    $"{office.NameZh} {on:yyyy-MM-dd}:{deviation.Message.Chinese}",
                    $"{office.Name} on {on:yyyy-MM-dd}: {deviation.Message.English}")));
    }

    /// <summary>Tells outside systems (the political-legal committee that supplies grid workers) of a grid worker's
    /// posting starting or ending.</summary>
    private static void RaiseGridWorkerEvent(MutationContext ctx, string type, Assignment posting)
    {
        if (posting.Role == AssignmentRole.GridWorker) ctx.Raise(type, posting);
    }

    private static PersonKind KindHolding(AssignmentRole role) => role switch
    {
        AssignmentRole.OfficeAuxiliary => PersonKind.AuxiliaryPolice,
        AssignmentRole.GridWorker => PersonKind.GridWorker,
        _ => PersonKind.Police,
    };

    private static OrgUnitKind UnitHolding(AssignmentRole role) =>
        role == AssignmentRole.StationOfficer ? OrgUnitKind.Station : OrgUnitKind.CommunityOffice;
}
