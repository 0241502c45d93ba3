using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.FieldWork;

public sealed class ThreeMustsReportType : ObjectGraphType<ThreeMustsReport>
{
    public ThreeMustsReportType()
    {
        Name = "ThreeMustsReport";
        Description = "One person's \"three musts\" (三必) at one community office over a period, computed from ACTIVE "
            + "field work, postings and leave. Duty days are the county days (Asia/Shanghai) of the period on which a "
            + "posting to the office runs and no leave or rest day stands. Daily: residents visited — the counts of "
            + "RESIDENT_VISIT and HOME_VISIT entries — against the target (20). Weekly (Monday to Sunday): duty days "
            + "with a HOME_VISIT or ENTERPRISE_VISIT against the target (3). Monthly: SPECIAL_GROUP_SERVICE entries, "
            + "each naming the resident served, against the target (10). A week or month cut by the period or the "
            + "posting is `partial` and its target scaled to the days posted in it, rounded up: ceil(3 × days ÷ 7), "
            + "ceil(10 × days ÷ days of the month).";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field("person", EntityGraphTypes.Of(typeof(Person)))
            .Description("The person; null when their file lies outside the caller's scope.")
            .Resolve(ctx => FieldWorkRows.Load<Person>(ctx, ctx.Source.PersonId));
        Field("unit", EntityGraphTypes.Of(typeof(OrgUnit)))
            .Description("The community office the person was posted to.")
            .Resolve(ctx => FieldWorkRows.Load<OrgUnit>(ctx, ctx.Source.UnitId));
        Field(r => r.Role).Description("The person's role at the office (the latest in the period).");
        Field(r => r.Binding).Description(
            "Whether the three musts bind the person: the office's police officer (社区民警). Auxiliaries and grid "
            + "workers are reported, not bound.");
        Field("from", r => r.Period.From).Description("First day of the period.");
        Field("to", r => r.Period.To).Description("Last day of the period.");
        Field<NonNullGraphType<EffectiveTargetNumbersType>>("targets")
            .Description("The targets applied: the office's effective ones.")
            .Resolve(ctx => ctx.Source.Targets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitDayType>>>>("days")
            .Description("Every duty day, oldest first.").Resolve(ctx => ctx.Source.Days);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitWeekType>>>>("weeks")
            .Description("Every week with a duty day, oldest first.").Resolve(ctx => ctx.Source.Weeks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceMonthType>>>>("months")
            .Description("Every month with a duty day, oldest first.").Resolve(ctx => ctx.Source.Months);
        Field(r => r.DaysMissed).Description("Duty days with fewer residents visited than the target.");
        Field(r => r.WeeksMissed).Description("Mondays of the weeks with fewer visit days than their target.");
        Field(r => r.MonthsMissed).Description("Months (yyyy-MM) with fewer special-group services than their target.");
        Field(r => r.DayRate, nullable: true).Description("Share of duty days met, 0 to 1; null without duty days.");
        Field(r => r.WeekRate, nullable: true).Description("Share of weeks met, 0 to 1; null without weeks.");
        Field(r => r.MonthRate, nullable: true).Description("Share of months met, 0 to 1; null without months.");
    }
}

/// <summary>The five numbers of the targets a report applied.</summary>
public sealed class EffectiveTargetNumbersType : ObjectGraphType<WorkTargetValues>
{
    public EffectiveTargetNumbersType()
    {
        Name = "WorkTargetNumbers";
        Description = "The five targets (三必 and 每日指标) a report was computed against.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field(t => t.ResidentsVisitedPerDay).Description("Residents each community officer visits a day.");
        Field(t => t.VisitDaysPerWeek).Description("Days a week with home or enterprise visits.");
        Field(t => t.SpecialGroupServicesPerMonth).Description("Special-group services a month.");
        Field(t => t.PopulationRecordsPerOfficePerDay).Description("Population records an office enters a day.");
        Field(t => t.VehicleChecksPerOfficePerDay).Description("Vehicles an office checks a day.");
    }
}

public sealed class VisitDayType : ObjectGraphType<VisitDay>
{
    public VisitDayType()
    {
        Name = "ThreeMustsDay";
        Description = "A duty day: residents visited (RESIDENT_VISIT and HOME_VISIT counts) against the target.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field(d => d.Date).Description("The county day.");
        Field(d => d.ResidentsVisited).Description("Residents visited.");
        Field(d => d.Target).Description("Residents to visit.");
        Field(d => d.Met).Description("At least the target.");
    }
}

public sealed class VisitWeekType : ObjectGraphType<VisitWeek>
{
    public VisitWeekType()
    {
        Name = "ThreeMustsWeek";
        Description = "A week (Monday to Sunday) with a duty day: duty days with a home or enterprise visit against "
            + "the target.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field(w => w.Monday).Description("First day of the week.");
        Field(w => w.PostedDays).Description("Days of the week in the period on which the person was posted.");
        Field(w => w.DutyDays).Description("Posted days not on leave.");
        Field(w => w.VisitDays).Description("Duty days with a HOME_VISIT or ENTERPRISE_VISIT.");
        Field(w => w.Target).Description("Visit days to reach: ceil(weekly target × posted days ÷ 7).");
        Field(w => w.Partial).Description("The period or the posting cuts the week: fewer than 7 posted days.");
        Field(w => w.Met).Description("At least the target.");
    }
}

public sealed class ServiceMonthType : ObjectGraphType<ServiceMonth>
{
    public ServiceMonthType()
    {
        Name = "ThreeMustsMonth";
        Description = "A month with a duty day: special-group services against the target.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field(m => m.Month).Description("The month, yyyy-MM.");
        Field(m => m.PostedDays).Description("Days of the month in the period on which the person was posted.");
        Field(m => m.DutyDays).Description("Posted days not on leave.");
        Field(m => m.Services).Description("SPECIAL_GROUP_SERVICE entries on duty days, each to a named resident.");
        Field(m => m.Target).Description("Services to reach: ceil(monthly target × posted days ÷ days of the month).");
        Field(m => m.Partial).Description("The period or the posting cuts the month.");
        Field(m => m.Met).Description("At least the target.");
    }
}

public sealed class DailyQuotasReportType : ObjectGraphType<DailyQuotasReport>
{
    public DailyQuotasReportType()
    {
        Name = "DailyQuotasReport";
        Description = "A community office's daily quotas (每日指标) over a period: on each county day it was open, the "
            + "population records entered (POPULATION_RECORD_ENTRY counts) and vehicles checked (VEHICLE_CHECK counts) "
            + "in its log, ACTIVE entries only, against its effective targets (20 and 5).";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field("unit", EntityGraphTypes.Of(typeof(OrgUnit)))
            .Description("The office.")
            .Resolve(ctx => FieldWorkRows.Load<OrgUnit>(ctx, ctx.Source.UnitId));
        Field("from", r => r.Period.From).Description("First day of the period.");
        Field("to", r => r.Period.To).Description("Last day of the period.");
        Field<NonNullGraphType<EffectiveTargetNumbersType>>("targets")
            .Description("The office's effective targets.").Resolve(ctx => ctx.Source.Targets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuotaDayType>>>>("days")
            .Description("Every day of the period the office was open, oldest first.").Resolve(ctx => ctx.Source.Days);
        Field(r => r.DaysMissed).Description("Days on which either quota was missed.");
        Field(r => r.DayRate, nullable: true).Description("Share of days both quotas were met, 0 to 1.");
    }
}

public sealed class QuotaDayType : ObjectGraphType<QuotaDay>
{
    public QuotaDayType()
    {
        Name = "DailyQuotaDay";
        Description = "One day of an office's daily quotas.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field(d => d.Date).Description("The county day.");
        Field(d => d.PopulationRecords).Description("Population records entered.");
        Field(d => d.PopulationRecordsTarget).Description("Population records to enter.");
        Field(d => d.PopulationRecordsMet).Description("At least the records target.");
        Field(d => d.VehicleChecks).Description("Vehicles checked.");
        Field(d => d.VehicleChecksTarget).Description("Vehicles to check.");
        Field(d => d.VehicleChecksMet).Description("At least the vehicle target.");
        Field(d => d.Met).Description("Both quotas met.");
    }
}

public sealed class FieldWorkDayType : ObjectGraphType<FieldWorkDay>
{
    public FieldWorkDayType()
    {
        Name = "FieldWorkDay";
        Description = "A person's field work of one county day as a batch recorded it.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field("person", EntityGraphTypes.Of(typeof(Person)))
            .Description("Who did the work.")
            .Resolve(ctx => FieldWorkRows.Load<Person>(ctx, ctx.Source.Person.Id));
        Field(d => d.Day).Description("The county day.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldWorkEventType>>>>("events")
            .Description("The entries in the order sent: recorded now, or answered from an earlier attempt.")
            .Resolve(ctx => ctx.Source.Events);
    }
}
