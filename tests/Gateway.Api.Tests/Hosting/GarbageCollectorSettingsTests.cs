using System.Text.Json.Nodes;

namespace Gateway.Api.Tests.Hosting;

/// <summary>
/// The service keeps a statistic's working tables (a few hundred kilobytes that live for one request) off the
/// large-object heap, where they brought on a gen 2 collection every few requests. The runtime ignores a setting it
/// does not know, so both ends are checked: the service's runtime configuration names it, and a process built the
/// same way (this one) runs with it.
/// </summary>
public sealed class GarbageCollectorSettingsTests
{
    private const long LargeObjectThreshold = 1024 * 1024;

    [Fact]
    public void The_service_puts_arrays_up_to_a_mebibyte_in_generation_0()
    {
        var configuration = JsonNode.Parse(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gateway.Api.runtimeconfig.json")))!;

        Assert.Equal(LargeObjectThreshold,
            configuration["runtimeOptions"]!["configProperties"]!["System.GC.LOHThreshold"]!.GetValue<long>());
        Assert.Equal(LargeObjectThreshold, Convert.ToInt64(GC.GetConfigurationVariables()["LOHThreshold"]));
    }
}
