using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Personnel;

/// <summary>Postings to a unit.</summary>
public sealed class OrgUnitAssignments : IEntityFields<OrgUnit>
{
    public void AddTo(EntityGraphType<OrgUnit> type)
    {
        type.Children<Assignment>("assignments", a => a.UnitId, "Postings to this unit, past and current.");
    }
}

/// <summary>An office's 1+2+N on a day, from its postings.</summary>
public sealed class OrgUnitStaffing : IEntityFields<OrgUnit>
{
    public void AddTo(EntityGraphType<OrgUnit> type)
    {
        type.Field<OfficeStaffingType>("staffing")
            .Description("For a community office: who staffed it on the day against 1+2+N (配置 1+2+N), and its gaps. "
                + "Null for the bureau and stations, which the model does not staff.")
            .Argument<DateOnlyGraphType>("on", "The day; today in the county (UTC+8) when left out.")
            .RequirePermission(Permissions.PersonnelRead)
            .Resolve(ctx =>
            {
                if (ctx.Source.Kind != OrgUnitKind.CommunityOffice) return null;
                var services = ctx.RequestServices!;
                var on = ctx.GetArgument<DateOnly?>("on")
                    ?? CountyCalendar.Today(services.GetRequiredService<TimeProvider>());
                return services.GetRequiredService<OfficeStaffingLoader>().Load(ctx.Source.Id, on);
            })
            .FieldType.ReadsColumns(nameof(OrgUnit.Kind));
    }
}

/// <summary>Postings to a squad.</summary>
public sealed class StationSquadAssignments : IEntityFields<StationSquad>
{
    public void AddTo(EntityGraphType<StationSquad> type)
    {
        type.Children<Assignment>("assignments", a => a.SquadId, "Postings to this squad.");
    }
}

/// <summary>Postings to a grid.</summary>
public sealed class GridAssignments : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Children<Assignment>("assignments", a => a.GridId, "Postings of grid workers and officers to this grid.");
    }
}
