using System.ComponentModel.DataAnnotations;

namespace Gateway.Api.Security.ApiKeys;

/// <summary>Settings of API keys, under <see cref="Section"/>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Security:ApiKeys";

    /// <summary>The request header a key may be sent in, besides <c>Authorization</c> (Bearer or Basic).</summary>
    [Required, RegularExpression("^[A-Za-z0-9-]+$")]
    public string HeaderName { get; set; } = "X-Api-Key";

    /// <summary>The longest a key may live: its expiry is at most this many days after it is created.</summary>
    [Range(1, 3660)]
    public int MaxLifetimeDays { get; set; } = 366;

    /// <summary>Whether a key runs only the published documents of schema/operations (the default): a key is a
    /// long-lived secret kept in tools' settings, so a leaked one reads no more than the published boards. A deployment
    /// whose tools write their own queries (Grafana Infinity's GraphQL mode) may allow any read.</summary>
    public bool PublishedDocumentsOnly { get; set; } = true;
}
