using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Informants;

public sealed class InformantMutations(TimeProvider clock) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var file = new InformantCommands(clock);
        var deactivated = typeof(ErrorGraphType<InformantDeactivatedError>);
        var personDeactivated = typeof(ErrorGraphType<PersonDeactivatedError>);
        Add(mutation.Mutation<RegisterInformantInput, Informant, InformantType>("registerInformant",
            "Registers an informant (登记情报信息员): a code name, the real identity kept apart, the caller (or the "
            + "officer a machine client names) as handler, a controller, and a first twelve-month authorisation "
            + "granted by the controller.", "informant", file.Register,
            typeof(ErrorGraphType<CodeNameTakenError>), typeof(ErrorGraphType<HandlerIsControllerError>),
            personDeactivated));
        Add(mutation.Mutation<RenewInformantAuthorisationInput, InformantAuthorisation, InformantAuthorisationType>(
            "renewInformantAuthorisation",
            "Renews an informant's authorisation (续期) for twelve months, granted by the controller: from the day "
            + "after the current one ends, or from today when it has lapsed.", "authorisation", file.Renew,
            deactivated, typeof(ErrorGraphType<AuthorisationRunningError>)));
        Type[] assignmentErrors =
        [
            deactivated, personDeactivated, typeof(ErrorGraphType<HandlerIsControllerError>),
            typeof(ErrorGraphType<AlreadyAssignedError>), typeof(ErrorGraphType<HandoverBeforePeriodStartError>),
        ];
        Add(mutation.Mutation<AssignInformantHandlerInput, InformantHandling, InformantHandlingType>(
            "assignInformantHandler",
            "Hands an informant over to another handler (联络员) from a day on: the running period ends the day "
            + "before.", "handling", file.AssignHandler, assignmentErrors));
        Add(mutation.Mutation<AssignInformantControllerInput, InformantHandling, InformantHandlingType>(
            "assignInformantController",
            "Puts an informant under another controller (管理负责人) from a day on: the running period ends the day "
            + "before.", "handling", file.AssignController, assignmentErrors));
        Add(mutation.Mutation<DeactivateInformantInput, Informant, InformantType>("deactivateInformant",
            "Takes an informant off the books (撤销): running handler and controller periods end today; the file stays "
            + "readable.", "informant", file.Deactivate, deactivated));

        var work = new InformantWorkCommands(clock);
        var lapsed = typeof(ErrorGraphType<InformantLapsedError>);
        Add(mutation.Mutation<TaskInformantInput, InformantTasking, InformantTaskingType>("taskInformant",
            "Gives an active informant a collection direction (布置任务) due by a day; a lapsed or deactivated "
            + "informant is refused.", "tasking", work.Task, lapsed, deactivated));
        Add(mutation.Mutation<LogInformantContactInput, InformantContact, InformantContactType>("logInformantContact",
            "Logs a contact with an active informant (接头) by the handler or controller of that day, with the next "
            + "direction given.", "contact", work.LogContact, lapsed, deactivated,
            typeof(ErrorGraphType<NotHandlingInformantError>)));
        Add(mutation.Mutation<RecordInformantTrainingInput, InformantTraining, InformantTrainingType>(
            "recordInformantTraining", "Records training an informant received (培训).", "training",
            work.RecordTraining, deactivated));
        Add(mutation.Mutation<RecordTipInput, Tip, TipType>("recordTip",
            "Records a tip (线索) received from an informant, graded for source and information.", "tip",
            work.RecordTip, deactivated));
        Add(mutation.Mutation<MarkTipUsefulInput, Tip, TipType>("markTipUseful",
            "Marks a tip useful, which lets it earn a reward.", "tip", work.MarkUseful,
            typeof(ErrorGraphType<TipAlreadyUsefulError>)));
        Add(mutation.Mutation<DisseminateTipInput, Tip, TipType>("disseminateTip",
            "Passes a tip on (通报) to one or more recipients, each recorded with when and by whom.", "tip",
            work.Disseminate));

        var rewards = new RewardCommands(clock);
        var notInStatus = typeof(ErrorGraphType<RewardNotInStatusError>);
        var wasHandler = typeof(ErrorGraphType<RewardApproverWasHandlerError>);
        Add(mutation.Mutation<OfferRewardInput, Reward, RewardType>("offerReward",
            "Offers a reward of 50 to 500 yuan for a useful tip (提出奖励), the first entry of its ledger.", "reward",
            rewards.Offer, typeof(ErrorGraphType<RewardOutOfRangeError>), typeof(ErrorGraphType<TipNotUsefulError>),
            deactivated));
        Add(mutation.Mutation<ApproveRewardInput, Reward, RewardType>("approveReward",
            "Approves an offered reward (审批): not by the informant's handler on the offer date, nor by the one who "
            + "offered it.", "reward", rewards.Approve, notInStatus, wasHandler,
            typeof(ErrorGraphType<RewardApproverWasOffererError>)));
        Add(mutation.Mutation<DeclineRewardInput, Reward, RewardType>("declineReward",
            "Refuses an offered or approved reward, with the reason.", "reward", rewards.Decline, notInStatus));
        Add(mutation.Mutation<PayRewardInput, Reward, RewardType>("payReward",
            "Records the payment of an approved reward (兑现).", "reward", rewards.Pay, notInStatus));
        Add(mutation.Mutation<CorrectRewardInput, Reward, RewardType>("correctReward",
            "Corrects a reward's amount by a new ledger entry (to 50–500 yuan, or 0 to reverse it); nothing earlier "
            + "is changed.", "reward", rewards.Correct, notInStatus, wasHandler,
            typeof(ErrorGraphType<RewardOutOfRangeError>)));
    }

    private static void Add(FieldType field) => field.RequirePermission(Permissions.InformantsWrite);
}
