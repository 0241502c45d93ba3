using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Assessment;

public sealed class AssessmentMutations(TimeProvider clock) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var catalogue = new CatalogueCommands(() => CountyCalendar.Today(clock));
        mutation.Mutation<AddDutyItemInput, DutyItem, DutyItemType>("addDutyItem",
                "Adds a duty sub-item (职责细目) to a category of the catalogue; the county bureau alone keeps it.",
                "dutyItem", CatalogueCommands.Add, typeof(ErrorGraphType<BureauOnlyError>),
                typeof(ErrorGraphType<DutyItemCodeTakenError>))
            .RequirePermission(Permissions.AssessmentConfigure);
        mutation.Mutation<RetireDutyItemInput, DutyItem, DutyItemType>("retireDutyItem",
                "Retires a duty sub-item no longer asked for; it stays readable. The county bureau alone keeps the "
                + "catalogue.", "dutyItem", catalogue.Retire, typeof(ErrorGraphType<BureauOnlyError>),
                typeof(ErrorGraphType<DutyItemRetiredError>))
            .RequirePermission(Permissions.AssessmentConfigure);
        mutation.Mutation<SetAssessmentWeightsInput, AssessmentWeights, AssessmentWeightsType>("setAssessmentWeights",
                "Sets a unit's own weights of the three parties (三方考核权重: 县局, 社区, 群众), percentages summing to "
                + "100; they apply to the units below it that have none of their own.", "assessmentWeights",
                new WeightsCommands(clock).Set, typeof(ErrorGraphType<WeightsMustSumTo100Error>))
            .RequirePermission(Permissions.AssessmentConfigure);

        var officers = new OfficerAssessmentCommands(clock);
        mutation.Mutation<OpenOfficerAssessmentInput, OfficerAssessment, OfficerAssessmentType>(
                "openOfficerAssessment",
                "Opens a community police officer's three-party assessment (三方考核) for a month, quarter or year, "
                + "with no scores yet.", "officerAssessment", officers.Open,
                typeof(ErrorGraphType<OfficerNotPostedError>), typeof(ErrorGraphType<DuplicatePeriodError>))
            .RequirePermission(Permissions.AssessmentWrite);
        mutation.Mutation<RecordAssessmentScoreInput, OfficerAssessment, OfficerAssessmentType>(
                "recordAssessmentScore",
                "Records the bureau's (县局), the community's (社区) or the residents' (群众) score of an officer's "
                + "assessment; the bureau's comes from above the office. A score recorded again keeps the earlier one.",
                "officerAssessment", officers.RecordScore, typeof(ErrorGraphType<AssessorNotIndependentError>))
            .RequirePermission(Permissions.AssessmentWrite);

        mutation.Mutation<AssessGridWorkerInput, GridWorkerAssessment, GridWorkerAssessmentType>("assessGridWorker",
                "Records a community police officer's assessment of a grid worker they manage (网格员考核) for a "
                + "month, quarter or year.", "gridWorkerAssessment", new GridWorkerAssessmentCommands(clock).Assess,
                typeof(ErrorGraphType<AssessorDoesNotManageError>), typeof(ErrorGraphType<DuplicatePeriodError>))
            .RequirePermission(Permissions.AssessmentWrite);
    }
}
