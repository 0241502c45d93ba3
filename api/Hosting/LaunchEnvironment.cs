namespace Gateway.Api.Hosting;

/// <summary>
/// The environment of a service started with <c>dotnet run</c> from the source tree. The launch profile only offers
/// a default (<see cref="DefaultVariable"/>, Development, so a newcomer gets the demo county); an environment the
/// operator names — <c>ASPNETCORE_ENVIRONMENT</c>, <c>DOTNET_ENVIRONMENT</c> or <c>--environment</c> — always wins.
/// A launch profile that set <c>ASPNETCORE_ENVIRONMENT</c> itself would override the operator's.
/// </summary>
public static class LaunchEnvironment
{
    public const string DefaultVariable = "GATEWAY_LAUNCH_ENVIRONMENT";

    /// <summary>The environment to impose, or null to let ASP.NET Core resolve it as usual.</summary>
    public static string? Resolve(string[] args, Func<string, string?> variable)
    {
        var named = variable("ASPNETCORE_ENVIRONMENT") ?? variable("DOTNET_ENVIRONMENT")
            ?? new ConfigurationBuilder().AddCommandLine(args).Build()[HostDefaults.EnvironmentKey];
        return string.IsNullOrWhiteSpace(named) ? NullIfBlank(variable(DefaultVariable)) : null;
    }

    public static WebApplicationOptions Options(string[] args) =>
        new() { Args = args, EnvironmentName = Resolve(args, Environment.GetEnvironmentVariable) };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
