namespace Gateway.Api.Audit;

/// <summary>
/// Collects the sensitive reads and refusals of one request (an unmasked phone, an informant's identity, a denied
/// field) and writes them as one record per operation and outcome when the request ends, not one per row.
/// </summary>
public sealed class RequestAuditTrail(AuditLog log)
{
    private readonly Dictionary<(string Operation, AuditOutcome Outcome), HashSet<string>> notes = [];

    public void Note(string operation, AuditOutcome outcome, string objectId)
    {
        lock (notes)
        {
            if (!notes.TryGetValue((operation, outcome), out var ids)) notes[(operation, outcome)] = ids = [];
            ids.Add(objectId);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<AuditEntry> entries;
        lock (notes)
        {
            entries = [.. notes.Select(n => new AuditEntry(n.Key.Operation, n.Key.Outcome, n.Value))];
            notes.Clear();
        }
        foreach (var entry in entries) await log.RecordAsync(entry, cancellationToken);
    }
}
