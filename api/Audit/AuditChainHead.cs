using Gateway.Api.Tenancy;

namespace Gateway.Api.Audit;

/// <summary>
/// The chain's one head row: every append takes its row lock first, so instances sharing the database append one at a
/// time and each links to the real head (SQLite already holds the database's write lock; PostgreSQL holds the row lock
/// until the commit), and in the same transaction rewrites it with a signed checkpoint of the new head, so no
/// checkpoint names a record that was rolled back and no instance keeps one on its own disk.
/// </summary>
[WrittenBySystem]
public sealed class AuditChainHead
{
    /// <summary>The id of the only row, which the migration creates.</summary>
    public const int RowId = 1;

    public int Id { get; set; }
    /// <summary>The checkpoint line of the newest record; null until the first append after the row was
    /// made.</summary>
    public string? Checkpoint { get; set; }
}
