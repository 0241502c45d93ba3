using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Personnel;

public sealed class OfficeStaffingType : ObjectGraphType<OfficeStaffing>
{
    public OfficeStaffingType()
    {
        Name = "OfficeStaffing";
        Description = "Who staffed a community office on one day against the 1+2+N model (配置 1+2+N): one community "
            + "police officer (社区民警), two auxiliary police (辅警) and at least one grid worker (网格员), every grid "
            + "covered. Computed from the postings that cover the day (first and last day included), never stored.";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(s => s.On).Description("The day.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("police")
            .Description("Community police officers (社区民警) posted to the office on the day.")
            .Resolve(ctx => ctx.Source.Police);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("auxiliaries")
            .Description("Auxiliary police (辅警) posted to the office on the day.")
            .Resolve(ctx => ctx.Source.Auxiliaries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("gridWorkers")
            .Description("Grid workers (网格员) posted to the office on the day, the N of 1+2+N.")
            .Resolve(ctx => ctx.Source.GridWorkers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GridStaffingType>>>>("grids")
            .Description(
                "Every grid of the office (grids carry no validity dates yet) with its grid workers on the day.")
            .Resolve(ctx => ctx.Source.Grids);
        Field(s => s.Formula).Description("The day's staffing written the reform's way, e.g. \"1+2+5\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingDeviationType>>>>("gaps")
            .Description("Where the office falls short of 1+2+N (缺口); empty when it meets the model.")
            .Resolve(ctx => ctx.Source.Gaps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffingDeviationType>>>>("surpluses")
            .Description("More police or auxiliaries than 1+2+N asks for: allowed, reported, not a gap.")
            .Resolve(ctx => ctx.Source.Surpluses);
        Field(s => s.MeetsModel).Description(
            "1 police officer, 2 auxiliaries and at least one grid worker, every grid covered: no gaps.");
    }
}

public sealed class GridStaffingType : ObjectGraphType<GridStaffing>
{
    public GridStaffingType()
    {
        Name = "GridStaffing";
        Description = "One grid (网格) of an office and the grid workers posted to it on the day.";
        this.RequirePermission(Permissions.PersonnelRead);
        Field("grid", typeof(NonNullGraphType<>).MakeGenericType(EntityGraphTypes.Of(typeof(Grid))))
            .Description("The grid.")
            .Resolve(ctx => ctx.Source.Grid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("gridWorkers")
            .Description("Grid workers (网格员) posted to the grid on the day.")
            .Resolve(ctx => ctx.Source.GridWorkers);
    }
}

public sealed class StaffingDeviationType : ObjectGraphType<StaffingDeviation>
{
    public StaffingDeviationType()
    {
        Name = "StaffingDeviation";
        Description = "A way an office's staffing on a day departs from 1+2+N.";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(d => d.Code).Description("What departs from the model.");
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("For people, in Chinese unless the request's Accept-Language prefers English.")
            .Resolve(ctx => ctx.Source.Message.For(
                ctx.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request));
        Field("grid", EntityGraphTypes.Of(typeof(Grid)))
            .Description("The grid without a grid worker, for GRID_WITHOUT_GRID_WORKER; null otherwise.")
            .Resolve(ctx => ctx.Source.Grid);
    }
}
