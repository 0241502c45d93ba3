using System.Net;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Operations;

/// <summary>/healthz and /readyz answer anyone, with a status word and nothing else.</summary>
public sealed class HealthTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task A_healthy_service_answers_healthy_without_a_token(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
        Assert.Equal("no-store, no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_database_missing_a_migration_is_not_ready_and_the_answer_says_no_more_while_alive_stays_up()
    {
        var last = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            """SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1""")
            .SingleAsync());
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}"));
        try
        {
            using var ready = await factory.CreateClient().GetAsync("/readyz");
            using var alive = await factory.CreateClient().GetAsync("/healthz");

            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"),
                (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }
        finally
        {
            await factory.ResetToSeededCountyAsync();
        }
    }
}
