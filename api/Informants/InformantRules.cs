using System.Text.RegularExpressions;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Informants;

/// <summary>The checks the informant mutations share: who acts, and whether the informant may be worked with.</summary>
internal static partial class InformantRules
{
    /// <summary>
    /// The officer who acts: a signed-in officer always themselves (naming someone else is refused), a machine client
    /// the officer it names in <paramref name="namedId"/>, whom it must name. Null, refused, when there is none.
    /// </summary>
    public static async Task<Person?> ActingOfficerAsync(MutationContext ctx, string? namedId, string property,
        CancellationToken ct)
    {
        var path = InputPath.Of(property);
        if (ctx.Caller.PersonId is { } self)
        {
            if (namedId is not null && namedId != GlobalId.Encode(nameof(Person), self))
            {
                ctx.Refuse(Invalid(property, "须留空:已登录的民警只能以本人名义办理",
                    "must be left out: a signed-in officer acts only for themselves"));
                return null;
            }
            var person = await ctx.Db.People.SingleOrDefaultAsync(p => p.Id == self, ct);
            if (person is null) ctx.Refuse(new NotFoundError(GlobalId.Encode(nameof(Person), self), path));
            return person;
        }
        if (namedId is null)
        {
            ctx.Refuse(Invalid(property, "不能为空:机器客户端须指明办理的民警", "must name the officer for a machine client"));
            return null;
        }
        return await ctx.FindAsync<Person>(namedId, path, null, ct);
    }

    /// <summary>A deactivated person takes on no informant work.</summary>
    public static bool IsServing(MutationContext ctx, Person person, string property)
    {
        if (person.DeactivatedOn is not { } on) return true;
        ctx.Refuse(new PersonDeactivatedError(on, InputPath.Of(property)));
        return false;
    }

    /// <summary>The informant's standing today, from the authorisations on file.</summary>
    public static async Task<InformantStanding> StandingAsync(MutationContext ctx, Informant informant, DateOnly today,
        CancellationToken ct)
    {
        var periods = await ctx.Db.InformantAuthorisations.Where(a => a.InformantId == informant.Id)
            .Select(a => new { a.ValidFrom, a.ValidUntil }).ToListAsync(ct);
        return InformantStanding.Of(informant.DeactivatedOn, [.. periods.Select(p => (p.ValidFrom, p.ValidUntil))],
            today);
    }

    /// <summary>Refuses work with an informant who is deactivated, or, when <paramref name="mustBeActive"/>, whose
    /// authorisation has lapsed.</summary>
    public static async Task<bool> MayWorkWithAsync(MutationContext ctx, Informant informant, DateOnly today,
        string property, CancellationToken ct, bool mustBeActive = true)
    {
        var path = InputPath.Of(property);
        if (informant.DeactivatedOn is { } deactivatedOn)
        {
            ctx.Refuse(new InformantDeactivatedError(deactivatedOn, path));
            return false;
        }
        if (!mustBeActive) return true;
        var standing = await StandingAsync(ctx, informant, today, ct);
        if (standing.Status == InformantStatus.Active) return true;
        ctx.Refuse(new InformantLapsedError(standing.AuthorisedUntil, path));
        return false;
    }

    /// <summary>The informant's periods in <paramref name="role"/> that cover <paramref name="day"/> or run past
    /// it.</summary>
    public static IQueryable<InformantHandling> PeriodsFrom(MutationContext ctx, long informantId, HandlingRole role,
        DateOnly day) =>
        ctx.Db.InformantHandlings.Where(h => h.InformantId == informantId && h.Role == role
            && (h.To == null || h.To >= day));

    /// <summary>Whether <paramref name="personId"/> held <paramref name="role"/> for the informant on
    /// <paramref name="day"/>.</summary>
    public static Task<bool> HeldOnAsync(MutationContext ctx, long informantId, long personId, HandlingRole role,
        DateOnly day, CancellationToken ct) =>
        ctx.Db.InformantHandlings.AnyAsync(h => h.InformantId == informantId && h.PersonId == personId
            && h.Role == role && h.From <= day && (h.To == null || h.To >= day), ct);

    public static bool IsPhone(string value) => Phone().IsMatch(value);

    /// <summary>A validation error at the input field <paramref name="property"/>, whose name begins each
    /// message.</summary>
    public static ValidationError Invalid(string property, string chinese, string english)
    {
        var path = InputPath.Of(property);
        return new ValidationError(new($"“{path[^1]}”{chinese}。", $"`{path[^1]}` {english}."), path);
    }

    [GeneratedRegex(@"^\+?[0-9][0-9-]{0,18}$")]
    private static partial Regex Phone();
}
