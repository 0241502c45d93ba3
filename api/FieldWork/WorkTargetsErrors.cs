using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.FieldWork;

[Description("A unit's targets are set by a unit above it, so no unit can lower the bar it is measured against; only "
    + "the bureau, at the top of the tree, sets its own. Nothing was changed.")]
public sealed record TargetsSetFromAboveError(IReadOnlyList<string> Path) : MutationError("TARGETS_SET_FROM_ABOVE",
    new("单位的工作指标由其上级单位设定,本单位不能设定自己的指标(仅县局设定本局指标),未作更改。",
        "A unit's targets are set by a unit above it: a unit cannot set its own (only the bureau, at the top, "
        + "does); nothing was changed."), Path);
