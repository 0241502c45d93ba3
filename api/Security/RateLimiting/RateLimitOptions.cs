using System.ComponentModel.DataAnnotations;

namespace Gateway.Api.Security.RateLimiting;

/// <summary>
/// Request limits per one-minute window (configuration section <c>RateLimits</c>). Sign-in covers <c>/connect/*</c> and
/// the sign-in pages; its account is the client id presented with a secret, or the user name typed in.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Every sign-in request from one address, right or wrong: generous, as one address may hide a whole
    /// office.</summary>
    [Range(1, int.MaxValue)]
    public int SignInRequestsPerAddress { get; set; } = 600;

    /// <summary>Every request naming one client (with a secret) or user: tokens live 10 minutes, so even a client that
    /// fetches one per call rarely needs this many.</summary>
    [Range(1, int.MaxValue)]
    public int SignInRequestsPerAccount { get; set; } = 300;

    /// <summary>Refused sign-in requests (a wrong secret, password or code, an unknown client) from one address: tight,
    /// as this is what guessing costs.</summary>
    [Range(1, int.MaxValue)]
    public int SignInFailuresPerAddress { get; set; } = 30;

    /// <summary>Refused sign-in requests naming one client or user, from any address.</summary>
    [Range(1, int.MaxValue)]
    public int SignInFailuresPerAccount { get; set; } = 10;

    /// <summary><c>/graphql</c> requests one principal may have in flight.</summary>
    [Range(1, int.MaxValue)]
    public int GraphQLConcurrentRequests { get; set; } = 4;

    /// <summary>Estimated cost (<c>GraphQL:Limits</c>) one principal may spend a minute, refilled at that rate about
    /// every second (a budget under 60, a unit every 60/budget seconds): ten requests of the largest cost
    /// allowed.</summary>
    [Range(1, int.MaxValue)]
    public int GraphQLCostPerMinute { get; set; } = 500_000;
}
