using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Assessment;

/// <summary>Setting a unit's own weights of the three parties.</summary>
internal sealed class WeightsCommands(TimeProvider clock)
{
    /// <summary>Creates the unit's own weights, or changes them at the version read.</summary>
    public MutationCommand<SetAssessmentWeightsInput, AssessmentWeights> Set => new(
        input => [.. AssessmentRules.Weights(input)],
        async (input, ctx, ct) =>
        {
            var unit = await ctx.FindAsync<OrgUnit>(input.UnitId, ct);
            if (unit is null) return null;
            var weights = await ctx.Db.AssessmentWeights.SingleOrDefaultAsync(w => w.OwnerUnitId == unit.Id, ct);
            var versionPath = InputPath.Of(nameof(input.Version));
            MutationError? error = (weights, input.Version) switch
            {
                ({ } own, null) => AssessmentRules.Invalid(nameof(input.Version),
                    $"须填写:该单位已有自己的权重(版本 {own.Version})",
                    $"is required: the unit has weights of its own, at version {own.Version}"),
                (null, { }) => AssessmentRules.Invalid(nameof(input.Version), "须留空:该单位尚无自己的权重",
                    "must be left out: the unit has no weights of its own yet"),
                ({ } own, { } read) when own.Version != read => new ConflictError(read, own.Version, versionPath),
                _ => null,
            };
            if (error is not null)
            {
                ctx.Refuse(error);
                return null;
            }
            if (weights is null)
            {
                weights = new AssessmentWeights { OwnerUnitId = unit.Id };
                ctx.Db.Add(weights);
            }
            AssessmentMapper.ApplyTo(input, weights);
            (weights.SetById, weights.SetAt) = (ctx.Caller.PersonId, clock.GetUtcNow().UtcDateTime);
            return weights;
        }) { MayConflict = true, Subject = input => input.UnitId };
}
