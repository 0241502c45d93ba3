using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.FieldWork;

public sealed class WorkTargetsType : EntityGraphType<WorkTargets>
{
    protected override void Define()
    {
        Name = "WorkTargets";
        Description = "The \"three musts\" (三必) and daily quotas (每日指标) set for a unit by a unit above it (the "
            + "bureau sets its own), which the units below it without targets of their own work to as well "
            + "(configuration, per tenant).";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field(t => t.ResidentsVisitedPerDay).Description("Residents each community officer visits a day (走访群众).");
        Field(t => t.VisitDaysPerWeek).Description("Days a week with home or enterprise visits (入户走访企业).");
        Field(t => t.SpecialGroupServicesPerMonth)
            .Description("Door-to-door services to special groups a month (特殊群体上门服务).");
        Field(t => t.PopulationRecordsPerOfficePerDay)
            .Description("Population records an office enters a day (人口信息录入).");
        Field(t => t.VehicleChecksPerOfficePerDay).Description("Vehicles an office checks a day (车辆盘查).");
        RequiredReference<OrgUnit>("unit", t => t.OwnerUnitId, "The unit the targets are set for.");
        Field(t => t.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}

/// <summary>The targets a unit works to, as <c>OrgUnit.workTargets</c> shows them.</summary>
public sealed class EffectiveWorkTargetsType : ObjectGraphType<EffectiveWorkTargets>
{
    public EffectiveWorkTargetsType()
    {
        Name = "EffectiveWorkTargets";
        Description = "The targets a unit works to: its own, else its nearest ancestor's, else the report's numbers "
            + "(20 residents a day, 3 visit days a week, 10 special-group services a month, 20 population records and "
            + "5 vehicle checks per office a day). All five come from the same place.";
        this.RequirePermission(Permissions.FieldWorkRead);
        Field("residentsVisitedPerDay", t => t.Values.ResidentsVisitedPerDay)
            .Description("Residents each community officer visits a day (走访群众).");
        Field("visitDaysPerWeek", t => t.Values.VisitDaysPerWeek)
            .Description("Days a week with home or enterprise visits (入户走访企业).");
        Field("specialGroupServicesPerMonth", t => t.Values.SpecialGroupServicesPerMonth)
            .Description("Door-to-door services to special groups a month (特殊群体上门服务).");
        Field("populationRecordsPerOfficePerDay", t => t.Values.PopulationRecordsPerOfficePerDay)
            .Description("Population records an office enters a day (人口信息录入).");
        Field("vehicleChecksPerOfficePerDay", t => t.Values.VehicleChecksPerOfficePerDay)
            .Description("Vehicles an office checks a day (车辆盘查).");
        Field(t => t.Source).Description(
            "OWN: set for the unit itself; INHERITED: set by a unit above it; DEFAULT: nobody set any.");
        Field("setAt", EntityGraphTypes.Of(typeof(OrgUnit)))
            .Description("The unit whose targets these are; null for the defaults, or when that unit lies outside the "
                + "caller's scope.")
            .Resolve(ctx => ctx.Source.SetAtUnitId is { } unit ? FieldWorkRows.Load<OrgUnit>(ctx, unit) : null);
    }
}
