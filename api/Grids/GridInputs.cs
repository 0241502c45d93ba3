using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Grids;

/// <summary>What a new grid is drawn with, as a create and each part of a split send it.</summary>
public interface IGridDrawing
{
    string Code { get; }
    string Name { get; }
    IReadOnlyList<string> Streets { get; }
    int Households { get; }
    string? Boundary { get; }
}

[Description("A new grid (网格) of an office, drawn by streets inside the office's community.")]
public sealed record CreateGridInput : IGridDrawing, IIdempotentInput
{
    [Id, Description("Global id of the community office that serves the grid, in the caller's scope.")]
    public required string OfficeId { get; init; }

    [Id, Description("Global id of the community (社区) the grid lies in: the one that houses the office.")]
    public required string CommunityId { get; init; }

    [Description("Code, unique within the office: 1 to 40 letters, digits, '-' or '_', e.g. \"NJ-06\".")]
    public required string Code { get; init; }

    [Description("Name, at most 100 characters.")]
    public required string Name { get; init; }

    [Description("The streets that draw the grid, each named once (at most 100 characters, without \"、\").")]
    public required IReadOnlyList<string> Streets { get; init; }

    [Description("Households declared; 300–500 is the target, outside it the grid is made and warned of.")]
    public required int Households { get; init; }

    [Description("First day the grid runs; the office must be open on it.")]
    public required DateOnly OpenedOn { get; init; }

    [Description("Boundary: a GeoJSON Polygon or MultiPolygon geometry (not a Feature), closed rings of at least 4 "
        + "[longitude, latitude] positions, at most 10,000 positions and 100 KB, not crossing itself.")]
    public string? Boundary { get; init; }

    [Description("Chosen by the caller (a UUID serves): sent again with the same input, the grid is created once and "
        + "the first answer returned.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A grid redrawn from a day on (重新划定): a new name, streets or boundary. Rows keep pointing at the grid; "
    + "the drawing before stays in its revisions.")]
public sealed record RedrawGridInput
{
    [Id, Description("Global id of the grid.")]
    public required string Id { get; init; }

    [Description("The grid's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("First day of the new drawing; not before the day the grid's latest revision took effect.")]
    public required DateOnly On { get; init; }

    [Description("New name, at most 100 characters; left out, the name stays.")]
    public string? Name { get; init; }

    [Description("New streets, each named once; left out, the streets stay.")]
    public IReadOnlyList<string>? Streets { get; init; }

    [Description("New boundary (GeoJSON Polygon or MultiPolygon geometry); left out, the boundary stays.")]
    public string? Boundary { get; init; }
}

[Description("The households of a grid as declared from a day on (申报户数).")]
public sealed record DeclareGridHouseholdsInput
{
    [Id, Description("Global id of the grid.")]
    public required string Id { get; init; }

    [Description("The grid's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("First day the count holds; not before the day the grid's latest revision took effect.")]
    public required DateOnly On { get; init; }

    [Description("Households; 300–500 is the target, outside it the count is recorded and warned of.")]
    public required int Households { get; init; }
}

[Description("Retires a grid (撤销网格) after its last day; it stays readable, and its rows keep pointing at it.")]
public sealed record RetireGridInput
{
    [Id, Description("Global id of the grid.")]
    public required string Id { get; init; }

    [Description("The grid's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Last day the grid runs; nobody may be posted to it after this day.")]
    public required DateOnly LastDay { get; init; }
}

[Description("One new grid of a split: its code, name, streets, households and boundary.")]
public sealed record GridPartInput : IGridDrawing
{
    [Description("Code, unique within the office: 1 to 40 letters, digits, '-' or '_'.")]
    public required string Code { get; init; }

    [Description("Name, at most 100 characters.")]
    public required string Name { get; init; }

    [Description("The streets of the old grid this part takes, each named once.")]
    public required IReadOnlyList<string> Streets { get; init; }

    [Description("Households declared; 300–500 is the target.")]
    public required int Households { get; init; }

    [Description("Boundary (GeoJSON Polygon or MultiPolygon geometry), when drawn.")]
    public string? Boundary { get; init; }
}

[Description("Splits a grid (拆分) into two or more grids of the same office and community from a day on: every "
    + "street of the grid goes to exactly one part. Standard addresses move to the part listing their street, and "
    + "registry rows follow their address; rows without one go to the first part. The grid retires the day before.")]
public sealed record SplitGridInput : IIdempotentInput
{
    [Id, Description("Global id of the grid split.")]
    public required string Id { get; init; }

    [Description("The grid's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("First day of the new grids; the grid split runs until the day before.")]
    public required DateOnly On { get; init; }

    [Description("The new grids, at least two; together they list every street of the grid, each once.")]
    [InputType(typeof(NonNullGraphType<ListGraphType<NonNullGraphType<
        AutoRegisteringInputObjectGraphType<GridPartInput>>>>))]
    public required IReadOnlyList<GridPartInput> Parts { get; init; }

    [Description("Chosen by the caller (a UUID serves): sent again with the same input, the split is made once and "
        + "the first answer returned.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A grid named with the version the caller read.")]
public sealed record GridVersionInput
{
    [Id, Description("Global id of the grid.")]
    public required string Id { get; init; }

    [Description("The grid's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("Merges two or more grids of the same office and community (合并) into one new grid from a day on: its "
    + "streets are theirs, and their standard addresses and registry rows move to it. They retire the day before.")]
public sealed record MergeGridsInput : IIdempotentInput
{
    [Description("The grids merged, at least two, each with the version read.")]
    [InputType(typeof(NonNullGraphType<ListGraphType<NonNullGraphType<
        AutoRegisteringInputObjectGraphType<GridVersionInput>>>>))]
    public required IReadOnlyList<GridVersionInput> Grids { get; init; }

    [Description("First day of the new grid; the grids merged run until the day before.")]
    public required DateOnly On { get; init; }

    [Description("Code of the new grid, unique within the office: 1 to 40 letters, digits, '-' or '_'.")]
    public required string Code { get; init; }

    [Description("Name of the new grid, at most 100 characters.")]
    public required string Name { get; init; }

    [Description("Boundary of the new grid (GeoJSON Polygon or MultiPolygon geometry), when drawn.")]
    public string? Boundary { get; init; }

    [Description("Households of the new grid; left out, the sum of the grids merged. 300–500 is the target.")]
    public int? Households { get; init; }

    [Description("Chosen by the caller (a UUID serves): sent again with the same input, the merge is made once and "
        + "the first answer returned.")]
    public string? IdempotencyKey { get; init; }
}
