namespace Gateway.Api.Audit;

/// <summary>
/// What happened, to which objects, with what outcome, and how many times (a summary of repeated refusals); who, where
/// and when are filled in by <see cref="AuditLog"/>.
/// </summary>
public sealed record AuditEntry(string Operation, AuditOutcome Outcome, IReadOnlyCollection<string> ObjectIds,
    int Occurrences = 1);
