using System.Net;
using Gateway.Api.Audit;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.RateLimiting;

/// <summary>
/// Repeated refusals of one client from one address leave the first record at once and one summary for the rest of
/// the window, written when the window closes or the service stops, so an attacker cannot flood the audit log.
/// </summary>
public sealed class RefusalAuditTests
{
    private const string Attacker = "203.0.113.66";

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["RateLimits:SignInFailuresPerAddress"] = "5",
        ["RateLimits:SignInFailuresPerAccount"] = "100",
        ["Audit:RefusalWindowSeconds"] = "60",
    };

    [Fact]
    public async Task Refusals_in_one_window_leave_the_first_record_and_one_summary_that_counts_the_rest()
    {
        await using var factory = new RateLimitedApiFactory(Settings);
        var before = await LastIdAsync(factory);

        var statuses = await GuessSecretsAsync(factory, 12);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5),
            .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 7)], statuses);
        var atOnce = await RecordsAsync(factory, before);
        Assert.Equal([("token.issue", 1), ("ratelimit.rejected:sign-in", 1)],
            atOnce.Select(r => (r.Operation, r.Occurrences)));
        // The client id is what the wrong secrets were for; a rate-limit rejection names none (an attacker picks a new
        // one each time).
        Assert.Equal(["demo-nanjing", ""], atOnce.Select(r => r.ObjectIds));

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var closed = await WaitForRecordsAsync(factory, before, 4);

        Assert.Equal(
            [("token.issue", 1), ("ratelimit.rejected:sign-in", 1), ("ratelimit.rejected:sign-in", 6),
                ("token.issue", 4)],
            closed.Select(r => (r.Operation, r.Occurrences)).Take(2)
                .Concat(closed.Skip(2).Select(r => (r.Operation, r.Occurrences)).Order()));
        Assert.All(closed, r => Assert.Equal(AuditOutcome.Denied, r.Outcome));
        Assert.True((await factory.Services.GetRequiredService<AuditChainVerifier>()
            .VerifyAsync(CancellationToken.None)).Verified);
        // A new audit window records its first refusal at once again (the address is still over its rate limit).
        Assert.Equal([HttpStatusCode.TooManyRequests], await GuessSecretsAsync(factory, 1));
        var reopened = await RecordsAsync(factory, before);
        Assert.Equal(5, reopened.Count);
        Assert.Equal(("ratelimit.rejected:sign-in", 1), (reopened[^1].Operation, reopened[^1].Occurrences));
    }

    [Fact]
    public async Task Refusals_still_being_counted_are_written_when_the_service_stops()
    {
        var path = TestDatabases.CopyOfSeededTemplate();
        long before;
        await using (var factory = new RateLimitedApiFactory(Settings, path))
        {
            before = await LastIdAsync(factory);
            await GuessSecretsAsync(factory, 3);
            Assert.Single(await RecordsAsync(factory, before));
        }

        await using var restarted = new GatewayApiFactory(path, ownsDatabase: true);
        var records = await RecordsAsync(restarted, before);
        Assert.Equal([("token.issue", 1), ("token.issue", 2)], records.Select(r => (r.Operation, r.Occurrences)));
    }

    private static async Task<List<HttpStatusCode>> GuessSecretsAsync(RateLimitedApiFactory factory, int count)
    {
        var http = factory.CreateClientFrom(Attacker);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
            statuses.Add((await TokenRequests.ClientCredentialsAsync(http, "demo-nanjing", $"guess-{i}")).Status);
        return statuses;
    }

    private static Task<List<AuditRecord>> RecordsAsync(GatewayApiFactory factory, long after) =>
        factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Id > after && r.SourceAddress == Attacker).OrderBy(r => r.Id).ToListAsync());

    /// <summary>The records once there are <paramref name="count"/> of them: the summaries are written in the
    /// background.</summary>
    private static async Task<List<AuditRecord>> WaitForRecordsAsync(GatewayApiFactory factory, long after, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var records = await RecordsAsync(factory, after);
            if (records.Count >= count || DateTime.UtcNow > deadline) return records;
            await Task.Delay(20);
        }
    }

    private static async Task<long> LastIdAsync(GatewayApiFactory factory) =>
        await factory.WithDbAsync(db => db.AuditRecords.MaxAsync(r => (long?)r.Id)) ?? 0;
}
