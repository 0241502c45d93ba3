namespace Gateway.Api.Integrations;

/// <summary>Delivery settings, section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>How often the worker looks for events and due deliveries; 0 leaves delivery to another instance (the
    /// outbox keeps the events until one delivers them).</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>The waits after each failed attempt; one more attempt than waits is made, then the delivery is
    /// dead-lettered. Unset: <see cref="DefaultRetrySeconds"/> (configuration would add to a list given
    /// here).</summary>
    public List<double>? RetrySeconds { get; set; }

    public static readonly IReadOnlyList<double> DefaultRetrySeconds = [5, 30, 120, 600, 3600, 6 * 3600, 24 * 3600];

    public IReadOnlyList<double> RetrySchedule => RetrySeconds ?? DefaultRetrySeconds;

    /// <summary>Each wait is lengthened by a random part of it up to this fraction, so receivers that failed together
    /// are not all retried at the same moment.</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>A receiver that has not answered in this time has failed the attempt.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How long an instance holds a claimed delivery; one that dies mid-attempt leaves it to others after
    /// this.</summary>
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>Most events fanned out and deliveries attempted per round.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How far behind the worker may fall (an event not fanned out, a delivery due and not attempted) before
    /// the instance reads not ready.</summary>
    public double StuckAfterSeconds { get; set; } = 300;

    public bool AreValid => PollSeconds >= 0 && RetrySchedule.All(s => s >= 0) && Jitter is >= 0 and <= 1
        && TimeoutSeconds > 0 && LeaseSeconds > TimeoutSeconds && BatchSize > 0 && StuckAfterSeconds > 0;
}
