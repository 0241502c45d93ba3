using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Grids;

public sealed class GridMutations(TimeProvider clock, IEnumerable<IGridRetiringCheck> retiringChecks,
    IEnumerable<IGridRowsFollowAddresses> followers) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var history = new GridHistory(clock, retiringChecks);
        var grids = new GridCommands(history);
        var successions = new GridSuccessionCommands(history, followers);
        var boundary = typeof(ErrorGraphType<InvalidBoundaryError>);
        var retired = typeof(ErrorGraphType<GridRetiredError>);
        var beforeRunning = typeof(ErrorGraphType<RevisionBeforeRunningError>);
        var staffed = typeof(ErrorGraphType<GridStillStaffedError>);
        var duplicate = typeof(ErrorGraphType<DuplicateGridCodeError>);

        mutation.Mutation<CreateGridInput, Grid, GridType>("createGrid",
                "Draws a new grid (网格) of an office by streets inside the office's community, from a day on; warns "
                + "with HOUSEHOLDS_OUTSIDE_TARGET outside 300–500 households.", "grid", grids.Create,
                boundary, duplicate, typeof(ErrorGraphType<WrongCommunityError>),
                typeof(ErrorGraphType<UnitClosedError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<RedrawGridInput, Grid, GridType>("redrawGrid",
                "Redraws a grid from a day on: new name, streets or boundary. Rows keep pointing at the grid; the "
                + "drawing before stays in its revisions.", "grid", grids.Redraw, boundary, retired, beforeRunning)
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<DeclareGridHouseholdsInput, Grid, GridType>("declareGridHouseholds",
                "Records a grid's households (申报户数) from a day on; warns with HOUSEHOLDS_OUTSIDE_TARGET outside "
                + "300–500.", "grid", grids.DeclareHouseholds, retired, beforeRunning)
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<RetireGridInput, Grid, GridType>("retireGrid",
                "Retires a grid (撤销网格) after its last day, once nobody is posted to it past that day; it stays "
                + "readable, and field work and registry rows keep pointing at it.", "grid", grids.Retire,
                retired, beforeRunning, staffed)
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<SplitGridInput, Grid, GridType>("splitGrid",
                "Splits a grid (拆分网格) into new grids of the same office and community from a day on, each street "
                + "going to exactly one part; addresses and registry rows move to the part listing their street. "
                + "Answers the grid split, retired the day before, with its successors.", "grid", successions.Split,
                boundary, retired, beforeRunning, staffed, duplicate, typeof(ErrorGraphType<StreetsNotCoveredError>),
                typeof(ErrorGraphType<StreetInTwoPartsError>))
            .RequirePermission(Permissions.StaffingWrite);
        mutation.Mutation<MergeGridsInput, Grid, GridType>("mergeGrids",
                "Merges grids of the same office and community (合并网格) into one new grid from a day on; their "
                + "addresses and registry rows move to it, and they retire the day before. Answers the new grid.",
                "grid", successions.Merge, boundary, retired, beforeRunning, staffed, duplicate,
                typeof(ErrorGraphType<GridsInDifferentCommunitiesError>))
            .RequirePermission(Permissions.StaffingWrite);
    }
}
