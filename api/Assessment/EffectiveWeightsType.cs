using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Assessment;

public sealed class EffectiveWeightsType : ObjectGraphType<EffectiveWeights>
{
    public EffectiveWeightsType()
    {
        Name = "EffectiveAssessmentWeights";
        Description = "The weights of the three parties (三方考核权重: 县局, 社区, 群众) that apply to a unit: its own, else "
            + "those of the nearest unit above it that set some, else the configured defaults (40/30/30 unless "
            + "configured otherwise). Computed, never stored.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(w => w.Bureau).Description("Weight of the bureau's score (县局), in percent.");
        Field(w => w.Community).Description("Weight of the community's score (社区), in percent.");
        Field(w => w.Residents).Description("Weight of the residents' score (群众), in percent.");
        Field(w => w.Source).Description(
            "OWN: the unit's own; INHERITED: a unit's above it; CONFIGURATION: the defaults, nobody set any.");
        Field("sourceUnit", EntityGraphTypes.Of(typeof(OrgUnit)))
            .Description("The unit whose weights these are; null for the defaults, and for a unit above the caller's "
                + "scope.")
            .Resolve(ctx => ctx.Source.SourceUnit);
    }
}
