using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Grids;

public sealed class GridSuccessionType : EntityGraphType<GridSuccession>
{
    protected override void Define()
    {
        Name = "GridSuccession";
        Description = "Lineage of grids (网格沿革): a grid retired by a split or merge, and a grid that took its "
            + "streets over.";
        this.RequirePermission(Permissions.GridsRead);
        Field(s => s.On).Description("First day of the successor; the predecessor ran until the day before.");
        Field(s => s.Kind).Description("Split (拆分) or merge (合并).");
        RequiredReference<Grid>("predecessor", s => s.PredecessorId, "The grid retired.");
        RequiredReference<Grid>("successor", s => s.SuccessorId, "The grid that took its streets over.");
    }
}
