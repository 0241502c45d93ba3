using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Audit;

public enum AuditOutcome { Succeeded, Denied, Failed }

/// <summary>An append-only, hash-chained record of a mutation, a sensitive read or a denied attempt.</summary>
[TenantOwned(nameof(TenantPath)), WrittenBySystem, AppendOnly]
public sealed class AuditRecord : Entity
{
    public const int ObjectIdsMaxLength = 2000;

    public DateTime OccurredAt { get; set; }
    public string Actor { get; set; } = "";
    public string? ClientId { get; set; }
    public long? TenantUnitId { get; set; }
    /// <summary>The tenant's tree path, so auditors see the records of their unit and below; the root's for records of
    /// no unit.</summary>
    public string TenantPath { get; set; } = "";
    public string Operation { get; set; } = "";
    /// <summary>Comma-separated ids of the objects touched.</summary>
    public string ObjectIds { get; set; } = "";
    public AuditOutcome Outcome { get; set; }
    public string? SourceAddress { get; set; }
    /// <summary>How many events the record stands for: 1, or for a summary of repeated refusals how many it
    /// folds.</summary>
    public int Occurrences { get; set; } = 1;
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
