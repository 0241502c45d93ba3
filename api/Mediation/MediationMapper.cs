using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Mediation;

/// <summary>Applies mutation inputs to mediation rows. Every input field must land somewhere, or the build fails;
/// global ids are resolved to rows by the commands, never parsed here.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class MediationMapper
{
    [MapperIgnoreSource(nameof(RegisterMediationCaseInput.UnitId))]
    [MapperIgnoreSource(nameof(RegisterMediationCaseInput.CommitteeId))]
    [MapperIgnoreSource(nameof(RegisterMediationCaseInput.GridId))]
    [MapperIgnoreSource(nameof(RegisterMediationCaseInput.Parties))]
    [MapperIgnoreSource(nameof(RegisterMediationCaseInput.IdempotencyKey))]
    public static partial MediationCase ToCase(RegisterMediationCaseInput input);

    [MapperIgnoreSource(nameof(MediationPartyInput.ResidentId))]
    public static partial MediationParty ToParty(MediationPartyInput input);

    [MapperIgnoreSource(nameof(RecordMediationSessionInput.Id))]
    [MapperIgnoreSource(nameof(RecordMediationSessionInput.Version))]
    [MapperIgnoreSource(nameof(RecordMediationSessionInput.MediatorIds))]
    [MapperIgnoreSource(nameof(RecordMediationSessionInput.IdempotencyKey))]
    public static partial MediationSession ToSession(RecordMediationSessionInput input);

    [MapperIgnoreSource(nameof(RecordMediationAgreementInput.Id))]
    [MapperIgnoreSource(nameof(RecordMediationAgreementInput.Version))]
    [MapperIgnoreSource(nameof(RecordMediationAgreementInput.SignedAt))]
    public static partial MediationAgreement ToAgreement(RecordMediationAgreementInput input);

    [MapperIgnoreSource(nameof(CreateMediationCommitteeInput.UnitId))]
    [MapperIgnoreSource(nameof(CreateMediationCommitteeInput.IdempotencyKey))]
    public static partial MediationCommittee ToCommittee(CreateMediationCommitteeInput input);

    [MapperIgnoreSource(nameof(SeatMediationMemberInput.CommitteeId))]
    [MapperIgnoreSource(nameof(SeatMediationMemberInput.PersonId))]
    [MapperIgnoreSource(nameof(SeatMediationMemberInput.IdempotencyKey))]
    public static partial MediationMember ToMember(SeatMediationMemberInput input);

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();

    /// <summary>Optional text left blank is stored as none.</summary>
    private static string? TrimmedOrNone(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Instants are stored in UTC.</summary>
    private static DateTime InUtc(DateTime value) => value.ToUniversalTime();
}
