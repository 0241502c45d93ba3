using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Registry;

public sealed class RegistryQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Resident>("residents", "Actual population (实有人口): registered and floating residents.",
            db => db.Residents);
        query.Connection<House>("houses", "Actual housing (实有房屋), including rentals.", db => db.Houses);
        query.Connection<RegisteredUnit>("units",
            "Actual units (实有单位): venues, key units, key locations and construction sites.", db => db.RegisteredUnits);
    }
}
