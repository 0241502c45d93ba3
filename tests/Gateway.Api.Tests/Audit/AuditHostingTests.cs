using System.Diagnostics;
using Gateway.Api.Hosting;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Audit.AuditTestData;

namespace Gateway.Api.Tests.Audit;

/// <summary>
/// Retention is configured, never below a year; the chain key is required; the chain verifies from the command line
/// without serving, and prints a checkpoint to file.
/// </summary>
public sealed class AuditHostingTests
{
    [Theory]
    [InlineData("180")]
    [InlineData("364")]
    public async Task A_retention_below_365_days_stops_start_up_with_a_clear_message(string days)
    {
        await using var factory = new GatewayApiFactory();
        using var misconfigured =
            factory.WithWebHostBuilder(host => host.UseSetting(AuditSetup.RetentionDaysKey, days));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.Server);

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains($"{AuditSetup.RetentionDaysKey} is {days}", messages);
        Assert.Contains("at least 365 days", messages);
    }

    [Fact]
    public async Task A_retention_of_a_year_or_more_starts()
    {
        await using var factory = new GatewayApiFactory();
        using var configured = factory.WithWebHostBuilder(host => host.UseSetting(AuditSetup.RetentionDaysKey, "365"));

        (await configured.CreateClient().GetAsync("/.well-known/openid-configuration")).EnsureSuccessStatusCode();
    }

    [Theory]
    [InlineData("", "Audit:ChainKey is not configured.")]
    [InlineData("not base64!", "Audit:ChainKey is not valid base64.")]
    [InlineData("R2F0ZXdheSB0b2tlbiBrZXk=",
        "Audit:ChainKey must be the base64 of 32 random bytes; it decodes to 17 bytes.")]
    public async Task A_missing_or_malformed_chain_key_stops_start_up_with_a_clear_message(string key, string message)
    {
        await using var factory = new GatewayApiFactory();
        using var misconfigured = factory.WithWebHostBuilder(host => host.UseSetting("Audit:ChainKey", key));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.Server);

        Assert.Contains(Chain(error), e => e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_checkpoint_file_setting_stops_start_up_as_checkpoints_are_kept_in_the_database()
    {
        await using var factory = new GatewayApiFactory();
        using var misconfigured = factory.WithWebHostBuilder(host =>
            host.UseSetting("Audit:CheckpointPath", "/var/lib/gateway/audit-checkpoints"));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.Server);

        Assert.Contains(Chain(error), e => e.Message.StartsWith("Audit:CheckpointPath is no longer read",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_audit_prints_the_head_checkpoint_to_file_and_fails_when_a_filed_checkpoint_was_cut()
    {
        await using var factory = new GatewayApiFactory();
        await RecordAsync(factory, "nanjing", "test.kept");
        var cut = await RecordAsync(factory, "nanjing", "test.cut");

        var (holds, holdsOutput) = await RunVerifyAuditAsync(factory);
        var filed = holdsOutput.Split('\n').Select(line => line.Trim())
            .Single(line => line.StartsWith("audit-checkpoint ", StringComparison.Ordinal));
        // The owner cuts the newest record and the checkpoint the app kept; only the filed one is beyond reach.
        await factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditRecords\" WHERE \"Id\" = {cut}"));
        await AuditChainAttacks.SetHeadCheckpointAsync(factory, null);
        var (broken, brokenOutput) = await RunVerifyAuditAsync(factory, "--checkpoint", filed);

        Assert.True(holds == 0, holdsOutput);
        Assert.Contains($"audit-checkpoint head={cut} ", filed);
        Assert.True(broken == 1, brokenOutput);
        Assert.Contains($"BROKEN at record {cut}", brokenOutput);
        Assert.DoesNotContain("audit-checkpoint ", brokenOutput);
    }

    [Fact]
    public async Task Verify_audit_on_the_command_line_exits_0_when_the_chain_holds_and_1_at_the_first_broken_record()
    {
        await using var factory = new GatewayApiFactory();
        await RecordAsync(factory, "nanjing", "test.one");
        var changed = await RecordAsync(factory, "nanjing", "test.two");
        await RecordAsync(factory, "nanjing", "test.three");

        var (holds, holdsOutput) = await RunVerifyAuditAsync(factory);
        await factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync(
                $"UPDATE \"AuditRecords\" SET \"Operation\" = 'test.other' WHERE \"Id\" = {changed}"));
        var (broken, brokenOutput) = await RunVerifyAuditAsync(factory);

        Assert.True(holds == 0, holdsOutput);
        Assert.Contains("Audit chain verified", holdsOutput);
        Assert.True(broken == 1, brokenOutput);
        Assert.Contains($"BROKEN at record {changed} (global id {GlobalIdOf(changed)})", brokenOutput);
    }

    /// <summary>
    /// Runs the built api as an operator would, <c>Gateway.Api verify-audit</c>; a web server that started would never
    /// exit.
    /// </summary>
    private static async Task<(int ExitCode, string Output)> RunVerifyAuditAsync(GatewayApiFactory factory,
        params string[] options)
    {
        var api = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { api, AuditSetup.VerifyCommand },
            WorkingDirectory = Path.GetDirectoryName(api),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var option in options) start.ArgumentList.Add(option);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = GatewayApiFactory.EnvironmentName;
        start.Environment["Database__Provider"] = TestDatabases.Provider;
        start.Environment["ConnectionStrings__Gateway"] = factory.ConnectionString;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"verify-audit did not exit within a minute: {await stdout} {await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException) yield return e;
    }
}
