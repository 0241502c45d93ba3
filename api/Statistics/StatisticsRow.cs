using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Statistics;

/// <summary>One row of a statistic: who it stands for and the bucket it counts; each statistic adds its
/// figures.</summary>
public abstract record StatisticsRow(StatisticsGroup Group, StatisticsSpan Span);

/// <summary>
/// The columns every statistics row starts with, named the same in every statistic so a dashboard's queries and CSV
/// headers stay stable: the bucket, then who the row stands for. Times carry +08:00.
/// </summary>
public abstract class StatisticsRowType<TRow> : ObjectGraphType<TRow> where TRow : StatisticsRow
{
    protected StatisticsRowType(string name, string description)
    {
        Name = name;
        Description = description;
        this.RequirePermission(Permissions.StatisticsRead);
        // Every field reads the row alone: a table of thousands of rows is resolved in one pass.
        this.ResolvedAsFlatRows();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("bucket")
            .Description("Where the bucket's calendar unit starts (a day, a Monday, a month's, quarter's or year's "
                + "first day), 00:00 +08:00, even when the period starts later in it.")
            .Resolve(ctx => Midnight(ctx.Source.Span.Start));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Description("The first moment this row counts: the later of the bucket's start and the period's.")
            .Resolve(ctx => Midnight(ctx.Source.Span.First));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .Description("The moment after the last one this row counts (half-open).")
            .Resolve(ctx => Midnight(ctx.Source.Span.End));
        Field<IdGraphType>("unitId").Description("Global id of the unit the row stands for (a grid's or person's unit "
                + "when grouped by grid or person; the scope's unit when grouped by SCOPE).")
            .Resolve(ctx => Encode("OrgUnit", ctx.Source.Group.UnitId));
        Field<StringGraphType>("unitCode").Description("The unit's code.").Resolve(ctx => ctx.Source.Group.UnitCode);
        Field<StringGraphType>("unitName").Description("The unit's Chinese name.")
            .Resolve(ctx => ctx.Source.Group.UnitName);
        Field<IdGraphType>("gridId").Description("Global id of the grid, when grouped by grid; null on the row for "
                + "what belongs to no grid.")
            .Resolve(ctx => Encode("Grid", ctx.Source.Group.GridId));
        Field<StringGraphType>("gridCode").Description("The grid's code.").Resolve(ctx => ctx.Source.Group.GridCode);
        Field<StringGraphType>("gridName").Description("The grid's name.").Resolve(ctx => ctx.Source.Group.GridName);
        Field<IdGraphType>("personId").Description("Global id of the person, when grouped by person.")
            .Resolve(ctx => Encode("Person", ctx.Source.Group.PersonId));
        Field<StringGraphType>("personName").Description("The person's name, when grouped by person.")
            .Resolve(ctx => ctx.Source.Group.PersonName);
    }

    /// <summary>00:00 of a county day, +08:00.</summary>
    public static DateTimeOffset Midnight(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), CountyCalendar.Offset);

    private static string? Encode(string type, long? id) => id is { } value ? GlobalId.Encode(type, value) : null;
}
