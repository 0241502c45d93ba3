namespace Gateway.Api.Requests;

/// <summary>
/// Configuration of the non-police request loop (<c>Requests</c> section). Time limits are working days counted from
/// the day of diversion, the deadline falling at the end of the last one; 0 means the end of the day of diversion.
/// Consultation 3, complaint 13 and major emergency the same day are the figures of the published rules the report
/// follows; appeal 5 and report 13 are assumptions of the demo, not from the report: the bureau sets its own.
/// </summary>
public sealed class RequestOptions
{
    public const string Section = "Requests";

    public Dictionary<RequestKind, int> TimeLimits { get; set; } = [];

    /// <summary>How often the chase job looks for requests past their deadline; 0 turns it off.</summary>
    public int ChaseIntervalMinutes { get; set; } = 15;

    public bool AreValid =>
        Enum.GetValues<RequestKind>().All(kind => TimeLimits.TryGetValue(kind, out var days) && days is >= 0 and <= 60)
        && ChaseIntervalMinutes >= 0;
}
