namespace Gateway.Api.Assessment;

/// <summary>
/// Configuration of the three-party assessment (<c>Assessment</c> section): the weights that apply where no unit up
/// the tree has set its own. The bureau may change them per unit through the API; these stand when nobody has.
/// </summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    public PartyWeights DefaultWeights { get; set; } = new();

    /// <summary>Percentages of the bureau's, the community's and the residents' scores, summing to 100.</summary>
    public sealed class PartyWeights
    {
        public int Bureau { get; set; } = 40;
        public int Community { get; set; } = 30;
        public int Residents { get; set; } = 30;

        public bool AreValid => Bureau >= 0 && Community >= 0 && Residents >= 0
            && Bureau + Community + Residents == 100;
    }
}
