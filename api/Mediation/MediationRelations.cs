using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Personnel;

namespace Gateway.Api.Mediation;

/// <summary>Mediation cases that arose in a grid.</summary>
public sealed class GridMediationCases : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Children<MediationCase>("mediationCases", c => c.GridId, "Mediation cases that arose in the grid.");
    }
}

/// <summary>A person's seats on mediation committees.</summary>
public sealed class PersonMediationMemberships : IEntityFields<Person>
{
    public void AddTo(EntityGraphType<Person> type)
    {
        type.Children<MediationMember>("mediationMemberships", m => m.PersonId,
            "Seats the person holds on mediation committees, past and current.");
    }
}
