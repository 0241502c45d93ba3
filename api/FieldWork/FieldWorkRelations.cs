using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Gateway.Api.FieldWork;

/// <summary>Field work done in a grid.</summary>
public sealed class GridFieldWork : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Children<FieldWorkEvent>("fieldWork", e => e.GridId, "Field work done in the grid.");
    }
}

/// <summary>Field work a person logged, and their "three musts".</summary>
public sealed class PersonFieldWork : IEntityFields<Person>
{
    public void AddTo(EntityGraphType<Person> type)
    {
        type.Children<FieldWorkEvent>("fieldWork", e => e.PersonId,
            "Field work the person logged, every entry whatever its status (filter on `status` for the ones that "
            + "count).");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThreeMustsReportType>>>>("threeMusts")
            .Description("The person's \"three musts\" (三必) over a period: one report per community office they were "
                + "posted to in it (none for other postings). See ThreeMustsReport for the rules.")
            .PeriodArguments()
            .RequirePermission(Permissions.FieldWorkRead)
            .Resolve(ctx => Loader(ctx).ThreeMustsOfPerson(ctx.Source.Id, Period(ctx)))
            .FieldType.ReadsColumns();
    }

    private static FieldWorkReportLoader Loader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<FieldWorkReportLoader>();

    internal static CountyPeriod Period(IResolveFieldContext context) =>
        CountyPeriod.Checked(context.GetArgument<DateOnly>("from"), context.GetArgument<DateOnly>("to"));
}

/// <summary>A unit's targets, and an office's "three musts" and daily quotas.</summary>
public sealed class OrgUnitFieldWork : IEntityFields<OrgUnit>
{
    public void AddTo(EntityGraphType<OrgUnit> type)
    {
        type.Field<NonNullGraphType<EffectiveWorkTargetsType>>("workTargets")
            .Description("The \"three musts\" and daily quotas the unit works to, and where they come from.")
            .RequirePermission(Permissions.FieldWorkRead)
            .Resolve(ctx => Loader(ctx).WorkTargets(ctx.Source.Id))
            .FieldType.ReadsColumns();
        type.Dependent<WorkTargets>("ownWorkTargets", t => t.OwnerUnitId,
            "The targets set for this unit itself; null when it works to an ancestor's or the defaults. Its `version` "
            + "is what setWorkTargets names to change them.");
        type.Field<ListGraphType<NonNullGraphType<ThreeMustsReportType>>>("threeMusts")
            .Description("For a community office: the \"three musts\" (三必) of everyone posted there in the period, one "
                + "report per person, `binding` for the police officer. Null for the bureau and stations.")
            .PeriodArguments()
            .RequirePermission(Permissions.FieldWorkRead)
            .Resolve(ctx => ctx.Source.Kind != OrgUnitKind.CommunityOffice ? null
                : Loader(ctx).ThreeMustsOfOffice(ctx.Source.Id, PersonFieldWork.Period(ctx)))
            .FieldType.ReadsColumns(nameof(OrgUnit.Kind));
        type.Field<DailyQuotasReportType>("dailyQuotas")
            .Description("For a community office: population records and vehicle checks on each day it was open in the "
                + "period, against its targets, and the days missed. Null for the bureau and stations.")
            .PeriodArguments()
            .RequirePermission(Permissions.FieldWorkRead)
            .Resolve(ctx => ctx.Source.Kind != OrgUnitKind.CommunityOffice ? null
                : Loader(ctx).DailyQuotas(ctx.Source.Id, PersonFieldWork.Period(ctx)))
            .FieldType.ReadsColumns(nameof(OrgUnit.Kind));
    }

    private static FieldWorkReportLoader Loader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<FieldWorkReportLoader>();
}

internal static class PeriodArgumentExtensions
{
    /// <summary><c>from</c> and <c>to</c>: county days, both included, at most a year apart.</summary>
    public static FieldBuilder<TSource, TReturn> PeriodArguments<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field) => field
        .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "First county day (Asia/Shanghai) of the period.")
        .Argument<NonNullGraphType<DateOnlyGraphType>>("to",
            $"Last county day of the period, not before `from`; at most {CountyPeriod.MaxDays} days in all.");
}
