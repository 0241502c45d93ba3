using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Grids;

public sealed class GridQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Grid>("grids", "Grids (网格) of 300–500 households.", db => db.Grids);
        query.Connection<StandardAddress>("addresses", "Standard addresses (标准地址).", db => db.StandardAddresses);
        query.Connection<MassParticipationTeam>("teams", "Mass-participation teams.", db => db.MassParticipationTeams);
        query.Connection<CameraPoint>("cameraPoints", "Video points of the Sharp Eyes network.", db => db.CameraPoints);
    }
}
