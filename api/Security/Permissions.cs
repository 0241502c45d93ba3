namespace Gateway.Api.Security;

/// <summary>The one catalogue of permissions. Roles bundle them; graph types and fields declare which they
/// need.</summary>
public static class Permissions
{
    public const string OfficesRead = "offices.read";
    public const string GridsRead = "grids.read";
    public const string PersonnelRead = "personnel.read";
    public const string StaffingWrite = "staffing.write";
    public const string FieldWorkRead = "fieldwork.read";
    public const string FieldWorkWrite = "fieldwork.write";
    public const string RegistryRead = "registry.read";
    public const string RegistryWrite = "registry.write";
    /// <summary>Unmasked citizens' ID numbers and phones.</summary>
    public const string PiiRead = "pii.read";
    public const string MediationRead = "mediation.read";
    public const string MediationWrite = "mediation.write";
    public const string RequestsRead = "requests.read";
    public const string RequestsWrite = "requests.write";
    public const string InformantsRead = "informants.read";
    public const string InformantsWrite = "informants.write";
    /// <summary>Informants' real identities within scope, beyond the ones the caller handles or controls.</summary>
    public const string InformantsIdentity = "informants.identity";
    /// <summary>Officers' three-party assessments and grid workers' assessments.</summary>
    public const string AssessmentRead = "assessment.read";
    /// <summary>Grid workers' assessments alone: what the committee that supplies grid workers reads, without the
    /// police officers' own assessments.</summary>
    public const string GridWorkerAssessmentsRead = "assessment.gridworkers.read";
    public const string AssessmentWrite = "assessment.write";
    /// <summary>The duty catalogue and the assessment weights: configuration, which the catalogue keeps at the
    /// bureau.</summary>
    public const string AssessmentConfigure = "assessment.configure";
    public const string StatisticsRead = "statistics.read";
    public const string AuditRead = "audit.read";
    public const string ClientsManage = "clients.manage";
    public const string UsersManage = "users.manage";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        OfficesRead, GridsRead, PersonnelRead, StaffingWrite, FieldWorkRead, FieldWorkWrite, RegistryRead,
        RegistryWrite, PiiRead, MediationRead, MediationWrite, RequestsRead, RequestsWrite, InformantsRead,
        InformantsWrite, InformantsIdentity, AssessmentRead, GridWorkerAssessmentsRead, AssessmentWrite,
        AssessmentConfigure, StatisticsRead, AuditRead, ClientsManage, UsersManage,
    };

    /// <summary>What an API key may keep of its client's permissions: reading only. Informants' identities are left
    /// out: they take a person signed in with a second factor.</summary>
    public static readonly IReadOnlySet<string> ReadOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        OfficesRead, GridsRead, PersonnelRead, FieldWorkRead, RegistryRead, PiiRead, MediationRead, RequestsRead,
        InformantsRead, AssessmentRead, GridWorkerAssessmentsRead, StatisticsRead, AuditRead,
    };
}
