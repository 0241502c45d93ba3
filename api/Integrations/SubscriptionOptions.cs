using System.ComponentModel.DataAnnotations;

namespace Gateway.Api.Integrations;

/// <summary>The event feed of GraphQL subscriptions (<c>Subscriptions</c> section).</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>How often the feed reads new outbox rows while anyone is subscribed (another instance may have written
    /// them).</summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>How many new rows one read takes at most.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How many events may wait for one slow subscriber before its stream is ended with an error.</summary>
    [Range(1, 10_000)]
    public int MaxWaitingEvents { get; set; } = 256;
}

/// <summary>The notice of a lapsing informant authorisation (<c>Informants</c> section).</summary>
public sealed class LapsingNoticeOptions
{
    public const string Section = "Informants";

    /// <summary>How many days before an authorisation's last day its controller is told it lapses.</summary>
    [Range(1, 180)]
    public int LapsingNoticeDays { get; set; } = 30;

    /// <summary>How often the job looks; a period's notice is raised once however often it runs. 0 turns it
    /// off.</summary>
    [Range(0, 24 * 60)]
    public int LapsingCheckMinutes { get; set; } = 60;
}
