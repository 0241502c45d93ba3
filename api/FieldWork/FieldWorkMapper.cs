using Riok.Mapperly.Abstractions;

namespace Gateway.Api.FieldWork;

/// <summary>Turns field-work inputs into rows. Every input field must land somewhere, or the build fails; global ids
/// are resolved to rows by the commands, never parsed here.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class FieldWorkMapper
{
    [MapperIgnoreSource(nameof(RecordFieldWorkInput.PersonId))]
    [MapperIgnoreSource(nameof(RecordFieldWorkInput.GridId))]
    [MapperIgnoreSource(nameof(RecordFieldWorkInput.ResidentId))]
    [MapperIgnoreSource(nameof(RecordFieldWorkInput.IdempotencyKey))]
    public static partial FieldWorkEvent ToEvent(RecordFieldWorkInput input);

    [MapperIgnoreSource(nameof(FieldWorkDayEntryInput.GridId))]
    [MapperIgnoreSource(nameof(FieldWorkDayEntryInput.ResidentId))]
    [MapperIgnoreSource(nameof(FieldWorkDayEntryInput.IdempotencyKey))]
    public static partial FieldWorkEvent ToEvent(FieldWorkDayEntryInput input);

    [MapperIgnoreSource(nameof(CorrectFieldWorkInput.Id))]
    [MapperIgnoreSource(nameof(CorrectFieldWorkInput.Version))]
    [MapperIgnoreSource(nameof(CorrectFieldWorkInput.Reason))]
    [MapperIgnoreSource(nameof(CorrectFieldWorkInput.GridId))]
    [MapperIgnoreSource(nameof(CorrectFieldWorkInput.ResidentId))]
    public static partial FieldWorkEvent ToEvent(CorrectFieldWorkInput input);

    [MapperIgnoreSource(nameof(SetWorkTargetsInput.UnitId))]
    [MapperIgnoreSource(nameof(SetWorkTargetsInput.Version))]
    public static partial WorkTargets ToWorkTargets(SetWorkTargetsInput input);

    [MapperIgnoreSource(nameof(SetWorkTargetsInput.UnitId))]
    [MapperIgnoreSource(nameof(SetWorkTargetsInput.Version))]
    public static partial void ApplyTo(SetWorkTargetsInput input, [MappingTarget] WorkTargets targets);

    /// <summary>Optional text left blank is stored as none.</summary>
    private static string? TrimmedOrNone(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Instants are stored in UTC.</summary>
    private static DateTime InUtc(DateTime value) => value.ToUniversalTime();
}
