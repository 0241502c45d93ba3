using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Assessment;

/// <summary>The five categories of a community officer's duties (职责五大类).</summary>
public enum DutyCategoryCode
{
    PublicSecurityPrevention, PopulationManagement, InformationCollection, DisputeResolution, ServingThePublic,
}

/// <summary>
/// One of the five categories of community duties, fixed by the model: public-security prevention (治安防范),
/// population management (人口管理), information collection (信息采集), dispute resolution (矛盾化解) and serving the
/// public (服务群众). Shared by every unit; written with the schema, never through the API.
/// </summary>
[WrittenBySystem]
public sealed class DutyCategory : Entity
{
    public const int NameMaxLength = 50;

    public DutyCategoryCode Code { get; set; }
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
    /// <summary>The category's place in the bureau's list, first to fifth.</summary>
    public int Ordinal { get; set; }

    /// <summary>The five, as the bureau lists them.</summary>
    public static readonly IReadOnlyList<DutyCategory> All =
    [
        new() { Id = 1, Code = DutyCategoryCode.PublicSecurityPrevention, Name = "Public-security prevention",
            NameZh = "治安防范", Ordinal = 1 },
        new() { Id = 2, Code = DutyCategoryCode.PopulationManagement, Name = "Population management",
            NameZh = "人口管理", Ordinal = 2 },
        new() { Id = 3, Code = DutyCategoryCode.InformationCollection, Name = "Information collection",
            NameZh = "信息采集", Ordinal = 3 },
        new() { Id = 4, Code = DutyCategoryCode.DisputeResolution, Name = "Dispute resolution", NameZh = "矛盾化解",
            Ordinal = 4 },
        new() { Id = 5, Code = DutyCategoryCode.ServingThePublic, Name = "Serving the public", NameZh = "服务群众",
            Ordinal = 5 },
    ];
}
