using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Offices;

[Description("Another unit already has this code; codes are unique across the county. Nothing was changed.")]
public sealed record DuplicateUnitCodeError(string Code, IReadOnlyList<string> Path) : MutationError(
    "DUPLICATE_CODE", new($"单位代码“{Code}”已被使用。", $"The unit code '{Code}' is already in use."), Path);

[Description("The unit was closed by the day given; a closed unit takes no new units, postings or moves.")]
public sealed record UnitClosedError(string Unit, DateOnly ClosedOn, IReadOnlyList<string> Path) : MutationError(
    "UNIT_CLOSED", new($"{Unit}已于 {ClosedOn:yyyy-MM-dd} 撤销。", $"{Unit} closed on {ClosedOn:yyyy-MM-dd}."), Path);

[Description("Something still runs in the unit after the closing day (postings, units under it, grids); end or "
    + "move it first. Nothing was changed.")]
public sealed record UnitStillInUseError(LocalizedText Reason, IReadOnlyList<string> Path)
    : MutationError("UNIT_STILL_IN_USE", Reason, Path);
