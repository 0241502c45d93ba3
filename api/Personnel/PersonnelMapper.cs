using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Personnel;

/// <summary>Applies mutation inputs to personnel rows. Every input field must land somewhere, or the build fails;
/// global ids are resolved to rows by the commands, never parsed here.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class PersonnelMapper
{
    [MapperIgnoreSource(nameof(CreatePersonInput.SuppliedById))]
    [MapperIgnoreSource(nameof(CreatePersonInput.UnitId))]
    [MapperIgnoreSource(nameof(CreatePersonInput.IdempotencyKey))]
    public static partial Person ToPerson(CreatePersonInput input);

    [MapperIgnoreSource(nameof(UpdatePersonInput.Id))]
    [MapperIgnoreSource(nameof(UpdatePersonInput.Version))]
    [MapperIgnoreSource(nameof(UpdatePersonInput.SuppliedById))]
    [MapperIgnoreSource(nameof(UpdatePersonInput.Phone))]
    [MapperIgnoreSource(nameof(UpdatePersonInput.IdNumber))]
    public static partial void ApplyTo(UpdatePersonInput input, [MappingTarget] Person person);

    [MapperIgnoreSource(nameof(PostPersonInput.PersonId))]
    [MapperIgnoreSource(nameof(PostPersonInput.UnitId))]
    [MapperIgnoreSource(nameof(PostPersonInput.GridId))]
    [MapperIgnoreSource(nameof(PostPersonInput.SquadId))]
    [MapperIgnoreSource(nameof(PostPersonInput.IdempotencyKey))]
    public static partial Assignment ToPosting(PostPersonInput input);

    [MapperIgnoreSource(nameof(TransferPersonInput.PostingId))]
    [MapperIgnoreSource(nameof(TransferPersonInput.Version))]
    [MapperIgnoreSource(nameof(TransferPersonInput.UnitId))]
    [MapperIgnoreSource(nameof(TransferPersonInput.GridId))]
    [MapperIgnoreSource(nameof(TransferPersonInput.SquadId))]
    [MapProperty(nameof(TransferPersonInput.On), nameof(Assignment.From))]
    public static partial Assignment ToPosting(TransferPersonInput input);

    [MapperIgnoreSource(nameof(RecordLeaveInput.PersonId))]
    [MapperIgnoreSource(nameof(RecordLeaveInput.IdempotencyKey))]
    public static partial LeavePeriod ToLeavePeriod(RecordLeaveInput input);

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();

    /// <summary>Optional text left blank is stored as none.</summary>
    private static string? TrimmedOrNone(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
