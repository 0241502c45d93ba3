using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>Creating, updating and deactivating a person.</summary>
internal sealed class PersonCommands(Func<DateOnly> today)
{
    public MutationCommand<CreatePersonInput, Person> Create => new(
        input => [.. PersonRules.Check(input, today()), .. PersonRules.CheckBadge(input, input.Kind)],
        async (input, ctx, ct) =>
        {
            var unit = await ctx.FindAsync<OrgUnit>(input.UnitId, ct);
            var suppliedBy = input.SuppliedById is null ? null
                : await ctx.FindAsync<ExternalOrganisation>(input.SuppliedById, ct);
            if (unit is null || ctx.IsRefused) return null;
            var person = PersonnelMapper.ToPerson(input);
            person.OwnerUnitId = unit.Id;
            person.SuppliedById = suppliedBy?.Id;
            if (!await BadgeIsFreeAsync(ctx, person, ct)) return null;
            ctx.Db.Add(person);
            return person;
        }) { Subject = input => input.UnitId };

    public MutationCommand<UpdatePersonInput, Person> Update => new(
        input => [.. PersonRules.Check(input, today())],
        async (input, ctx, ct) =>
        {
            var person = await ctx.FindAsync<Person>(input.Id, input.Version, ct);
            var suppliedBy = input.SuppliedById is null ? null
                : await ctx.FindAsync<ExternalOrganisation>(input.SuppliedById, ct);
            if (person is null || ctx.IsRefused) return null;
            foreach (var error in PersonRules.CheckBadge(input, person.Kind)) ctx.Refuse(error);
            if (ctx.IsRefused) return null;
            PersonnelMapper.ApplyTo(input, person);
            // Kept when left out: a caller without pii.read reads them masked and could only retype or clear them.
            if (ctx.Gave(nameof(input.Phone))) person.Phone = input.Phone;
            if (ctx.Gave(nameof(input.IdNumber))) person.IdNumber = input.IdNumber;
            person.SuppliedById = suppliedBy?.Id;
            return await BadgeIsFreeAsync(ctx, person, ct) ? person : null;
        }) { MayConflict = true, Subject = input => input.Id };

    /// <summary>Ends the person's running postings on the day given, so nobody stays posted who no longer
    /// works.</summary>
    public MutationCommand<DeactivatePersonInput, Person> Deactivate => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var person = await ctx.FindAsync<Person>(input.Id, input.Version, ct);
            if (person is null) return null;
            if (person.DeactivatedOn is { } deactivatedOn)
            {
                ctx.Refuse(new PersonDeactivatedError(deactivatedOn, InputPath.Of(nameof(input.Id))));
                return null;
            }
            var running = await ctx.Db.Assignments
                .Where(a => a.PersonId == person.Id && (a.To == null || a.To > input.On)).ToListAsync(ct);
            if (running.FirstOrDefault(a => a.From > input.On) is { } later)
            {
                ctx.Refuse(new PostingEndsBeforeStartError(later.From, InputPath.Of(nameof(input.On))));
                return null;
            }
            foreach (var posting in running)
            {
                (posting.To, posting.EndedById) = (input.On, ctx.Caller.PersonId);
                if (posting.Role == AssignmentRole.GridWorker)
                    ctx.Raise(OutgoingEventTypes.GridWorkerReleased, posting);
            }
            (person.DeactivatedOn, person.DeactivatedById) = (input.On, ctx.Caller.PersonId);
            return person;
        }) { MayConflict = true, Subject = input => input.Id };

    /// <summary>A badge number is one officer's: none of the people the caller can see carries it already.</summary>
    private static async Task<bool> BadgeIsFreeAsync(MutationContext ctx, Person person, CancellationToken ct)
    {
        if (person.BadgeNumber is not { } badge
            || !await ctx.Db.People.AnyAsync(p => p.BadgeNumber == badge && p.Id != person.Id, ct))
            return true;
        ctx.Refuse(new BadgeNumberTakenError(badge, InputPath.Of(nameof(IPersonFields.BadgeNumber))));
        return false;
    }
}
