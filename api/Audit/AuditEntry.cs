namespace Gateway.Api.Audit;

/// <summary>What happened, to which objects, with what outcome; who, where and when are filled in by <see cref="AuditLog"/>.</summary>
public sealed record AuditEntry(string Operation, AuditOutcome Outcome, IReadOnlyCollection<string> ObjectIds);
