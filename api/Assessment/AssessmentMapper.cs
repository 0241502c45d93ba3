using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Assessment;

/// <summary>Applies mutation inputs to assessment rows. Every input field must land somewhere, or the build fails;
/// global ids are resolved to rows by the commands, never parsed here.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class AssessmentMapper
{
    [MapperIgnoreSource(nameof(AddDutyItemInput.CategoryId))]
    [MapperIgnoreSource(nameof(AddDutyItemInput.IdempotencyKey))]
    public static partial DutyItem ToDutyItem(AddDutyItemInput input);

    [MapperIgnoreSource(nameof(OpenOfficerAssessmentInput.OfficerId))]
    [MapperIgnoreSource(nameof(OpenOfficerAssessmentInput.OfficeId))]
    [MapperIgnoreSource(nameof(OpenOfficerAssessmentInput.IdempotencyKey))]
    public static partial OfficerAssessment ToOfficerAssessment(OpenOfficerAssessmentInput input);

    [MapperIgnoreSource(nameof(AssessGridWorkerInput.GridWorkerId))]
    [MapperIgnoreSource(nameof(AssessGridWorkerInput.OfficerId))]
    [MapperIgnoreSource(nameof(AssessGridWorkerInput.IdempotencyKey))]
    public static partial GridWorkerAssessment ToGridWorkerAssessment(AssessGridWorkerInput input);

    [MapperIgnoreSource(nameof(SetAssessmentWeightsInput.UnitId))]
    [MapperIgnoreSource(nameof(SetAssessmentWeightsInput.Version))]
    public static partial void ApplyTo(SetAssessmentWeightsInput input, [MappingTarget] AssessmentWeights weights);

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();

    private static string? TrimmedOrNone(string? value) => AssessmentRules.TrimmedOrNone(value);
}
