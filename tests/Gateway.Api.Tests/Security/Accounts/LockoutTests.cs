using System.Net;
using Gateway.Api.Audit;
using Gateway.Api.DemoData;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>Five wrong passwords lock an account for at least ten minutes; every failure is audited (repeats in a
/// summary).</summary>
public sealed class LockoutTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string User = "station.admin";
    private const string WrongPassword = "Gateway-demo-2025";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_fails_too()
    {
        using var browser = new UserSignIn(factory);
        var login = await browser.LoginPageAsync();
        var started = DateTimeOffset.UtcNow;

        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var password in Enumerable.Repeat(WrongPassword, 5).Append(DemoPrincipals.UserPassword))
        {
            using var response = await browser.SubmitPasswordAsync(login, User, password);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        // The fifth failure is the one that locks; the sixth attempt, with the right password, meets the lock, and is
        // told no more than a wrong password is (the audit below tells the lockout apart).
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.All(answers, a => Assert.Contains(LoginEndpoints.WrongPasswordMessage, a.Body));
        var lockoutEnd = await factory.WithUsersAsync(async users => (await users.UserAsync(User)).LockoutEnd);
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value, started.AddMinutes(10), DateTimeOffset.UtcNow.AddMinutes(15));

        // The first refusal of each kind is recorded at once; the repeats in a summary written when their window
        // closes.
        await factory.Services.GetRequiredService<RefusalAudit>().FlushAsync(includeOpen: true, CancellationToken.None);
        var audited = await factory.WithDbAsync(db => db.AuditRecords.Where(r => r.ObjectIds == User).OrderBy(r => r.Id)
            .Select(r => new { r.Operation, r.Outcome, r.Occurrences }).ToListAsync());
        Assert.Equal(
            [(LoginEndpoints.SignInOperation, AuditOutcome.Denied, 1),
                (LoginEndpoints.LockoutOperation, AuditOutcome.Denied, 1)],
            audited.Take(2).Select(a => (a.Operation, a.Outcome, a.Occurrences)));
        Assert.Equal(
            [(LoginEndpoints.LockoutOperation, AuditOutcome.Denied, 2),
                (LoginEndpoints.SignInOperation, AuditOutcome.Denied, 4)],
            audited.GroupBy(a => (a.Operation, a.Outcome))
                .Select(g => (g.Key.Operation, g.Key.Outcome, g.Sum(a => a.Occurrences))).Order());
    }

    [Fact]
    public async Task Fewer_than_five_failures_do_not_lock_and_a_success_resets_the_count()
    {
        using var browser = new UserSignIn(factory);
        var login = await browser.LoginPageAsync();

        for (var i = 0; i < 4; i++)
            using (await browser.SubmitPasswordAsync(login, User, WrongPassword)) { }
        var session = await browser.RunAsync(User, DemoPrincipals.UserPassword, totpKey: null);

        Assert.NotNull(session.AccessToken);
        var user = await factory.WithUsersAsync(users => users.UserAsync(User));
        Assert.Equal(0, user.AccessFailedCount);
        Assert.Null(user.LockoutEnd);
    }
}
