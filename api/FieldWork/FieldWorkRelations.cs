using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Personnel;

namespace Gateway.Api.FieldWork;

/// <summary>Field work done in a grid.</summary>
public sealed class GridFieldWork : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Children<FieldWorkEvent>("fieldWork", e => e.GridId, "Field work done in the grid.");
    }
}

/// <summary>Field work a person logged.</summary>
public sealed class PersonFieldWork : IEntityFields<Person>
{
    public void AddTo(EntityGraphType<Person> type)
    {
        type.Children<FieldWorkEvent>("fieldWork", e => e.PersonId, "Field work the person logged.");
    }
}
