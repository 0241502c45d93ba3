using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Mediation;

public sealed class MediationMutations(TimeProvider clock) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var cases = new MediationCaseCommands(clock);
        mutation.Mutation<RegisterMediationCaseInput, MediationCase, MediationCaseType>("registerMediationCase",
                "Registers an application for mediation (调解申请) with the unit where the dispute arose, with its "
                + "parties, for a committee at or above that unit. The case starts REGISTERED.", "mediationCase",
                cases.Register, typeof(ErrorGraphType<CommitteeNotOverUnitError>),
                typeof(ErrorGraphType<MediationGridOutsideUnitError>),
                typeof(ErrorGraphType<MediationCaseNumberTakenError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<AcceptMediationCaseInput, MediationCase, MediationCaseType>("acceptMediationCase",
                "The committee accepts a REGISTERED case (受理): it becomes ACCEPTED.", "mediationCase", cases.Accept,
                typeof(ErrorGraphType<MediationCaseNotRegisteredError>),
                typeof(ErrorGraphType<MediationStepBeforePreviousError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<DeclineMediationCaseInput, MediationCase, MediationCaseType>("declineMediationCase",
                "The committee declines a REGISTERED case (不予受理) with the reason: it becomes DECLINED.",
                "mediationCase", cases.Decline, typeof(ErrorGraphType<MediationCaseNotRegisteredError>),
                typeof(ErrorGraphType<MediationStepBeforePreviousError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<RecordMediationInvestigationInput, MediationCase, MediationCaseType>(
                "recordMediationInvestigation",
                "Records the findings of the investigation (调查) of an ACCEPTED case: it becomes INVESTIGATED.",
                "mediationCase", cases.Investigate, typeof(ErrorGraphType<MediationCaseNotAcceptedError>),
                typeof(ErrorGraphType<MediationStepBeforePreviousError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<RecordMediationSessionInput, MediationSession, MediationSessionType>(
                "recordMediationSession",
                "Records a mediation session (调解) on an INVESTIGATED case or one IN_SESSIONS, with the committee "
                + "members who mediated: the case is IN_SESSIONS after it.", "mediationSession", cases.RecordSession,
                typeof(ErrorGraphType<MediationCaseNotInvestigatedError>),
                typeof(ErrorGraphType<MediatorNotOnCommitteeError>),
                typeof(ErrorGraphType<MediationStepBeforePreviousError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<RecordMediationAgreementInput, MediationAgreement, MediationAgreementType>(
                "recordMediationAgreement",
                "Records the written agreement (调解协议书) that settles a case IN_SESSIONS: it becomes "
                + "AGREEMENT_REACHED.", "mediationAgreement", cases.RecordAgreement,
                typeof(ErrorGraphType<MediationCaseNotInSessionsError>),
                typeof(ErrorGraphType<MediationStepBeforePreviousError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<FailMediationCaseInput, MediationCase, MediationCaseType>("failMediationCase",
                "Mediation of a case ACCEPTED, INVESTIGATED or IN_SESSIONS failed (调解不成): it becomes FAILED.",
                "mediationCase", cases.Fail, typeof(ErrorGraphType<MediationCaseNotOpenError>),
                typeof(ErrorGraphType<MediationStepBeforePreviousError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<ReferMediationCaseInput, MediationCase, MediationCaseType>("referMediationCase",
                "Refers a case ACCEPTED, INVESTIGATED or IN_SESSIONS elsewhere (移交): it becomes REFERRED.",
                "mediationCase", cases.Refer, typeof(ErrorGraphType<MediationCaseNotOpenError>),
                typeof(ErrorGraphType<MediationStepBeforePreviousError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<RecordMediationFollowUpInput, MediationCase, MediationCaseType>("recordMediationFollowUp",
                "Records the follow-up visit (回访) to a case whose agreement was reached, and whether its terms were "
                + "carried out: it becomes FOLLOWED_UP.", "mediationCase", cases.RecordFollowUp,
                typeof(ErrorGraphType<MediationCaseNotSettledError>),
                typeof(ErrorGraphType<MediationStepBeforePreviousError>))
            .RequirePermission(Permissions.MediationWrite);

        var committees = new MediationCommitteeCommands(clock);
        mutation.Mutation<CreateMediationCommitteeInput, MediationCommittee, MediationCommitteeType>(
                "createMediationCommittee", "Founds a people's mediation committee (人民调解委员会) in a station.",
                "mediationCommittee", MediationCommitteeCommands.Create,
                typeof(ErrorGraphType<CommitteeNotAtStationError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<SeatMediationMemberInput, MediationMember, MediationMemberType>("seatMediationMember",
                "Seats a person on a committee from a day on.", "mediationMember", MediationCommitteeCommands.Seat,
                typeof(ErrorGraphType<MediationSeatOverlapError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<EndMediationMembershipInput, MediationMember, MediationMemberType>(
                "endMediationMembership", "Ends a seat on a committee on its last day; the seat stays in the history.",
                "mediationMember", MediationCommitteeCommands.End,
                typeof(ErrorGraphType<MediationMembershipEndedError>))
            .RequirePermission(Permissions.MediationWrite);
        mutation.Mutation<SetMediationCommitteeChairInput, MediationCommittee, MediationCommitteeType>(
                "setMediationCommitteeChair",
                "Sets who chairs a committee: the station's deputy director (副所长), who convenes and prepares its "
                + "sessions.", "mediationCommittee", committees.SetChair,
                typeof(ErrorGraphType<ChairNotDeputyDirectorError>))
            .RequirePermission(Permissions.MediationWrite);
    }
}
