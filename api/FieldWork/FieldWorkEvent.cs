using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Personnel;

namespace Gateway.Api.FieldWork;

public enum FieldWorkKind
{
    [ChineseName("走访群众")] ResidentVisit,
    [ChineseName("入户走访")] HomeVisit,
    [ChineseName("走访企业")] EnterpriseVisit,
    [ChineseName("特殊群体上门服务")] SpecialGroupService,
    [ChineseName("人口信息录入")] PopulationRecordEntry,
    [ChineseName("车辆盘查")] VehicleCheck,
    [ChineseName("治安巡逻")] Patrol,
    [ChineseName("警务宣传")] Publicity,
    [ChineseName("监督检查")] Inspection,
    [ChineseName("矛盾化解")] DisputeResolution,
    [ChineseName("情报信息")] Intelligence,
    [ChineseName("为民服务")] ServiceToResidents,
}

/// <summary>Whether an entry counts: only active ones do. A corrected or voided entry stays in the log.</summary>
public enum FieldWorkStatus { Active, Corrected, Voided }

/// <summary>One timestamped piece of field work; quotas and the "three musts" are computed from these. Never deleted:
/// an entry is corrected (a new entry replaces it) or voided, and the original stays readable.</summary>
public sealed class FieldWorkEvent : TenantOwnedEntity, IVersioned
{
    public const int MaxCount = 1000;
    public const int NoteMaxLength = 1000;
    public const int ReasonMaxLength = 200;
    public const int ClientIdMaxLength = 100;

    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    /// <summary>The resident served or visited, when tied to one; the registry declares the relation.</summary>
    public long? ResidentId { get; set; }
    public FieldWorkKind Kind { get; set; }
    /// <summary>When the work was done, as the terminal states it.</summary>
    public DateTime OccurredAt { get; set; }
    /// <summary>When the server received the entry (UTC), set by the server.</summary>
    public DateTime ReceivedAt { get; set; }
    public int Count { get; set; } = 1;
    public string? Note { get; set; }
    /// <summary>The person signed in who recorded the entry; null when a machine client did.</summary>
    public long? RecordedById { get; set; }
    public Person? RecordedBy { get; set; }
    /// <summary>The client the entry came through (a terminal's client id, or the admin page's).</summary>
    public string? RecordedByClient { get; set; }
    public FieldWorkStatus Status { get; set; }
    /// <summary>The entry that replaced this one, once corrected.</summary>
    public long? CorrectedById { get; set; }
    public FieldWorkEvent? CorrectedBy { get; set; }
    public string? CorrectionReason { get; set; }
    public DateTime? VoidedAt { get; set; }
    public string? VoidReason { get; set; }
    public long? VoidedById { get; set; }
    public Person? VoidedBy { get; set; }
    public string? VoidedByClient { get; set; }
    public int Version { get; set; }
}
