using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Mediation;

public sealed class MediationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<MediationCommittee>("mediationCommittees",
            "People's mediation committees (人民调解委员会).", db => db.MediationCommittees);
        query.Connection<MediationCase>("mediationCases",
            "Disputes and public-security cases taken to mediation.", db => db.MediationCases);
    }
}
