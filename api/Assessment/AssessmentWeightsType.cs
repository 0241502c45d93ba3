using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Assessment;

public sealed class AssessmentWeightsType : EntityGraphType<AssessmentWeights>
{
    protected override void Define()
    {
        Name = "AssessmentWeights";
        Description = "A unit's own weights of the three parties of an officer's assessment (三方考核权重: 县局, 社区, "
            + "群众), percentages summing to 100. They apply to the unit and the units below it that have none of their "
            + "own.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(w => w.Bureau).Description("Weight of the bureau's score (县局), in percent.");
        Field(w => w.Community).Description("Weight of the community's score (社区), in percent.");
        Field(w => w.Residents).Description("Weight of the residents' score (群众), in percent.");
        RequiredReference<OrgUnit>("unit", w => w.OwnerUnitId, "The unit the weights are for.");
        Reference<Person>("setBy", w => w.SetById,
            "Who set the weights last; null when a machine client did (the audit log names the client).");
        Field(w => w.SetAt).Description("When the weights were set last.");
        Field(w => w.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}
