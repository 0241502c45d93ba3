using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Offices;

/// <summary>
/// What an area has in a unit that must end before the unit closes (postings, grids…): areas above Offices declare
/// it, so closing a unit knows them without depending on them.
/// </summary>
public interface IUnitClosingCheck
{
    /// <summary>Why the unit cannot close on <paramref name="lastDay"/>, or null when nothing of this area
    /// runs past it.</summary>
    Task<LocalizedText?> BlockerAsync(MutationContext context, OrgUnit unit, DateOnly lastDay,
        CancellationToken cancellationToken);
}
