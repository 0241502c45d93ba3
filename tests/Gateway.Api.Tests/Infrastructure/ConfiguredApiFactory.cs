using Microsoft.AspNetCore.Hosting;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>The app over a fresh copy of the demo county, with some configuration values changed.</summary>
public sealed class ConfiguredApiFactory(params (string Key, string Value)[] settings) : GatewayApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
