using Gateway.Api.Data;
using Gateway.Api.Grids;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Statistics;

public sealed record TeamsAndCamerasRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    public int Teams { get; set; }
    public int TeamMembers { get; set; }
    public int BuildingGuardTeams { get; set; }
    public int ResidentsJointDefenceTeams { get; set; }
    public int VolunteerTeams { get; set; }
    public int CameraPoints { get; set; }
    public int Cameras { get; set; }
}

public sealed class TeamsAndCamerasRowType : StatisticsRowType<TeamsAndCamerasRow>
{
    public TeamsAndCamerasRowType() : base("TeamsAndCamerasRow",
        "Mass-participation teams (群防群治队伍) and \"Sharp Eyes\" camera points (雪亮工程点位) as they stand now, per "
        + "unit or grid: teams and points tied to no grid count for their unit, and on the GRID grouping's row for no "
        + "grid. One row per group; `bucket`/`from`/`to` give the whole period.")
    {
        Field(r => r.Teams).Description("Teams.");
        Field(r => r.TeamMembers).Description("Members of those teams.");
        Field(r => r.BuildingGuardTeams).Description("Building guard teams (守楼护院队).");
        Field(r => r.ResidentsJointDefenceTeams).Description("Residents' joint-defence teams (居民联防队).");
        Field(r => r.VolunteerTeams).Description("Volunteer teams (志愿者队伍).");
        Field(r => r.CameraPoints).Description("Camera points.");
        Field(r => r.Cameras).Description("Cameras at those points.");
    }
}

public sealed class TeamsAndCamerasStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings =
        [StatisticsGrouping.Scope, StatisticsGrouping.Unit, StatisticsGrouping.Grid];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<TeamsAndCamerasRowType>>>("teamsAndCameras")
            .Description("Teams and camera points per unit or grid, as they stand now. Grouped by SCOPE, UNIT or GRID; "
                + "may be narrowed to a grid.")
            .Resolve(ctx => StatisticsWork.Start(ctx, (request, services, cancellationToken) => CountAsync(request,
                services.GetRequiredService<GatewayDbContext>(), cancellationToken)));

    private static async Task<IReadOnlyList<TeamsAndCamerasRow>> CountAsync(StatisticsRequest request,
        GatewayDbContext db, CancellationToken cancellationToken)
    {
        request.Require("teamsAndCameras", Groupings, narrowsToGrid: true);
        var table = StatisticsTable<TeamsAndCamerasRow>.AtEnd(request, (group, span) => new(group, span));
        var gridId = request.GridId;
        var teams = await db.MassParticipationTeams.AsNoTracking().Where(request.OwnedInScope<MassParticipationTeam>())
            .Where(t => gridId == null || t.GridId == gridId)
            .GroupBy(t => new { t.OwnerUnitId, t.GridId, t.Kind })
            .Select(g => new { g.Key.OwnerUnitId, g.Key.GridId, g.Key.Kind, Teams = g.Count(),
                Members = g.Sum(t => t.MemberCount) })
            .ToListAsync(cancellationToken);
        foreach (var team in teams)
        {
            if (table.At(null, unit: team.OwnerUnitId, grid: team.GridId) is not { } row) continue;
            row.Teams += team.Teams;
            row.TeamMembers += team.Members;
            switch (team.Kind)
            {
                case MassTeamKind.BuildingGuard: row.BuildingGuardTeams += team.Teams; break;
                case MassTeamKind.ResidentsJointDefence: row.ResidentsJointDefenceTeams += team.Teams; break;
                default: row.VolunteerTeams += team.Teams; break;
            }
        }

        var points = await db.CameraPoints.AsNoTracking().Where(request.OwnedInScope<CameraPoint>())
            .Where(p => gridId == null || p.GridId == gridId)
            .GroupBy(p => new { p.OwnerUnitId, p.GridId })
            .Select(g => new { g.Key.OwnerUnitId, g.Key.GridId, Points = g.Count(), Cameras = g.Sum(p => p.Cameras) })
            .ToListAsync(cancellationToken);
        foreach (var point in points)
        {
            if (table.At(null, unit: point.OwnerUnitId, grid: point.GridId) is not { } row) continue;
            row.CameraPoints += point.Points;
            row.Cameras += point.Cameras;
        }
        return table.Rows;
    }
}
