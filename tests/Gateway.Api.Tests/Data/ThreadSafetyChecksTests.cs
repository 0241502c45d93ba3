using Gateway.Api.Data;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Data;

/// <summary>
/// EF Core's check that no database context is used by two threads at once costs every row read; the suite runs with
/// it, so such a defect fails a test; a serving instance runs without it (the setting's default).
/// </summary>
public sealed class ThreadSafetyChecksTests
{
    [Fact]
    public async Task The_suite_checks_that_no_context_is_shared_between_threads_and_the_setting_turns_the_check_off()
    {
        await using var factory = new GatewayApiFactory();
        using var serving = factory.WithWebHostBuilder(host => host.UseSetting("Database:ThreadSafetyChecks", "false"));

        Assert.True(ChecksThreadSafety(factory));
        Assert.False(ChecksThreadSafety(serving));
    }

    private static bool ChecksThreadSafety(WebApplicationFactory<Program> host)
    {
        using var scope = host.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<GatewayDbContext>().GetService<IDbContextOptions>();
        return options.FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled;
    }
}
