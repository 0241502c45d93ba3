using Gateway.Api.Data;
using Gateway.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Gateway.Api.Mediation;

public sealed class MediationQueries(TimeProvider clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<MediationCommittee>("mediationCommittees",
            "People's mediation committees (人民调解委员会): those of the caller's units and those above them.",
            db => db.MediationCommittees);
        query.Connection<MediationCase>("mediationCases",
            "Disputes and public-security cases taken to mediation.", db => db.MediationCases);
        query.Connection<MediationSession>("mediationSessions",
            "Mediation sessions (调解) held on the cases the caller reads.", db => db.MediationSessions);
        query.Connection<MediationAgreement>("overdueMediationAgreements",
            "Agreements whose performance deadline (履行期限) has passed, county day, without a follow-up finding their "
            + "terms carried out in full. Computed from the clock on every request.",
            db => db.MediationAgreements.Where(MediationAgreement.OverdueOn(CountyCalendar.Today(clock))));
    }
}
