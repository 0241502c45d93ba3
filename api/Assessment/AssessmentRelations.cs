using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Assessment;

/// <summary>A unit's assessment weights: those that apply to it, and its own.</summary>
public sealed class OrgUnitAssessmentWeights : IEntityFields<OrgUnit>
{
    public void AddTo(EntityGraphType<OrgUnit> type)
    {
        type.Field<NonNullGraphType<EffectiveWeightsType>>("assessmentWeights")
            .Description("The weights of the three parties (三方考核权重) that apply to the unit's officers: its own, "
                + "else the nearest unit's above it, else the configured defaults.")
            .RequirePermission(Permissions.OfficesRead)
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<EffectiveWeightsLoader>().Load(ctx.Source.Path))
            .FieldType.ReadsColumns(nameof(OrgUnit.Path));
        type.Dependent<AssessmentWeights>("ownAssessmentWeights", w => w.OwnerUnitId,
            "The weights the unit set for itself, with the version to change them; null when it inherits them.");
    }
}

/// <summary>The assessments of a person: as an officer, as a grid worker, and those they gave.</summary>
public sealed class PersonAssessments : IEntityFields<Person>
{
    public void AddTo(EntityGraphType<Person> type)
    {
        type.Children<OfficerAssessment>("officerAssessments", a => a.PersonId,
            "For a community police officer: their three-party assessments (三方考核), period by period.");
        type.Children<GridWorkerAssessment>("gridWorkerAssessments", a => a.GridWorkerId,
            "For a grid worker: the assessments by the officers who managed them (网格员考核).");
        type.Children<GridWorkerAssessment>("gridWorkerAssessmentsGiven", a => a.AssessedById,
            "For a community police officer: their assessments of the grid workers they managed.");
    }
}
