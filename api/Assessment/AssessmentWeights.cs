using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Assessment;

/// <summary>
/// A unit's own weights of the three parties of an officer's assessment (三方考核: 县局, 社区, 群众), as percentages
/// summing to 100. They apply to the unit and every unit below it that has none of its own; where no unit up the tree
/// has any, the configured defaults apply (<see cref="AssessmentOptions"/>). Owned by the unit they are for.
/// </summary>
public sealed class AssessmentWeights : TenantOwnedEntity, IVersioned
{
    public int Bureau { get; set; }
    public int Community { get; set; }
    public int Residents { get; set; }
    public long? SetById { get; set; }
    public Person? SetBy { get; set; }
    public DateTime SetAt { get; set; }
    public int Version { get; set; }
}
