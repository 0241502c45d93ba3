namespace Gateway.Api.Data.Replicas;

/// <summary>
/// The read replica (<c>ConnectionStrings:GatewayReplica</c>, a PostgreSQL streaming standby) and when reads may go
/// there (<c>Database:Replica</c>).
/// </summary>
public sealed class ReplicaOptions
{
    public const string Section = "Database:Replica";
    public const string ConnectionStringName = "GatewayReplica";

    /// <summary>Reads go to the primary while the replica is further behind than this.</summary>
    public int MaxLagSeconds { get; set; } = 30;

    /// <summary>How long the replica's replayed position, once read, answers whether a caller's own write has reached
    /// it; past that the position is read again before the caller's read is sent.</summary>
    public int PositionCacheMilliseconds { get; set; } = 10;

    /// <summary>A replica that does not answer a reading of its progress within this many seconds counts as
    /// unreachable until it is asked again.</summary>
    public int ProbeTimeoutSeconds { get; set; } = 2;

    public bool AreValid => MaxLagSeconds > 0 && PositionCacheMilliseconds >= 0 && ProbeTimeoutSeconds > 0;
}
