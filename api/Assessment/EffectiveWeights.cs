using Gateway.Api.Offices;

namespace Gateway.Api.Assessment;

/// <summary>Where the weights that apply to a unit come from.</summary>
public enum AssessmentWeightsSource { Own, Inherited, Configuration }

/// <summary>
/// The weights that apply to a unit: its own, else those of the nearest unit above it that has some, else the
/// configured defaults. <see cref="SourceUnit"/> is that unit as the caller may read it: null for the defaults, and
/// for a unit above the caller's scope.
/// </summary>
public sealed record EffectiveWeights(int Bureau, int Community, int Residents, AssessmentWeightsSource Source,
    long? SourceUnitId, OrgUnit? SourceUnit)
{
    /// <summary>The weighted total of three scores given, to two decimal places.</summary>
    public decimal TotalOf(decimal bureau, decimal community, decimal residents) =>
        decimal.Round((bureau * Bureau + community * Community + residents * Residents) / 100m, 2);
}
