using static Gateway.Api.Security.Permissions;

namespace Gateway.Api.Security;

/// <summary>Roles bundle permissions. System admin, security admin and auditor are separated duties: no account holds
/// two.</summary>
public static class Roles
{
    public const string SystemAdmin = "system-admin";
    public const string SecurityAdmin = "security-admin";
    public const string Auditor = "auditor";
    public const string CommunityOfficer = "community-officer";
    public const string IntelligenceOfficer = "intelligence-officer";
    /// <summary>A tenant's own integration: full business access to its scope, never identities (those need a person
    /// with a second factor).</summary>
    public const string UnitIntegration = "unit-integration";
    public const string Dashboard = "dashboard";
    public const string PoliticalLegalCommittee = "political-legal-committee";

    private static readonly string[] BusinessReads =
        [OfficesRead, GridsRead, PersonnelRead, FieldWorkRead, RegistryRead, MediationRead, RequestsRead,
            InformantsRead, AssessmentRead, GridWorkerAssessmentsRead, StatisticsRead];
    private static readonly string[] BusinessWrites =
        [StaffingWrite, FieldWorkWrite, RegistryWrite, MediationWrite, RequestsWrite, InformantsWrite, AssessmentWrite];

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Grants =
        new Dictionary<string, IReadOnlySet<string>>
    {
        // The assessment's configuration (duty catalogue, weights), not the scores.
        [SystemAdmin] = Set(OfficesRead, GridsRead, PersonnelRead, StaffingWrite, AssessmentConfigure, ClientsManage),
        // Personnel (masked) to find the person an account is for.
        [SecurityAdmin] = Set(OfficesRead, PersonnelRead, UsersManage),
        [Auditor] = Set(AuditRead),
        [CommunityOfficer] = Set([.. BusinessReads, .. BusinessWrites, PiiRead]),
        [IntelligenceOfficer] = Set([.. BusinessReads, InformantsWrite, PiiRead, InformantsIdentity]),
        [UnitIntegration] = Set([.. BusinessReads, .. BusinessWrites, PiiRead]),
        [Dashboard] = Set(StatisticsRead, OfficesRead, GridsRead),
        // Reads the grid workers it supplied (masked), and who assessed them; not the police officers' assessments.
        [PoliticalLegalCommittee] =
            Set(StatisticsRead, OfficesRead, GridsRead, PersonnelRead, RequestsRead, GridWorkerAssessmentsRead),
    };

    /// <summary>Duties one account must never combine.</summary>
    public static readonly IReadOnlySet<string> SeparatedDuties = Set(SystemAdmin, SecurityAdmin, Auditor);

    /// <summary>Roles whose holders must sign in with a second factor.</summary>
    public static readonly IReadOnlySet<string> RequireSecondFactor = Set(SystemAdmin, IntelligenceOfficer);

    public static bool Exists(string role) => Grants.ContainsKey(role);

    /// <summary>Why this set of roles may not be held by one account, or null when it may.</summary>
    public static string? Conflict(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        var unknown = list.FirstOrDefault(r => !Exists(r));
        if (unknown is not null) return $"Unknown role '{unknown}'.";
        var duties = list.Where(SeparatedDuties.Contains).Distinct().ToList();
        return duties.Count > 1
            ? $"One account cannot hold {string.Join(" and ", duties)}: these duties are separated."
            : null;
    }

    public static IReadOnlySet<string> PermissionsOf(IEnumerable<string> roles) =>
        roles.Where(Exists).SelectMany(r => Grants[r]).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.Ordinal);
}
