using System.Text.Json.Nodes;
using Gateway.Api.Hosting;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Hosting;

/// <summary>
/// <c>dotnet run</c> applies the launch profile's variables over the operator's, so the profile may only offer a
/// default that the service takes when the operator names no environment.
/// </summary>
public sealed class LaunchEnvironmentTests
{
    private static Func<string, string?> Variables(params (string Name, string Value)[] set) =>
        name => set.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void The_launch_profile_sets_no_variable_that_names_the_environment()
    {
        var settings = JsonNode.Parse(
            File.ReadAllText(RepositoryFiles.PathOf("api", "Properties", "launchSettings.json")))!;
        foreach (var (name, profile) in settings["profiles"]!.AsObject())
        {
            var variables = profile!["environmentVariables"]?.AsObject().Select(v => v.Key).ToList() ?? [];
            Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", variables);
            Assert.DoesNotContain("DOTNET_ENVIRONMENT", variables);
            Assert.Equal("Development",
                profile["environmentVariables"]?[LaunchEnvironment.DefaultVariable]?.GetValue<string>());
        }
    }

    [Fact]
    public void Without_a_named_environment_the_launch_default_applies()
    {
        Assert.Equal("Development",
            LaunchEnvironment.Resolve([], Variables((LaunchEnvironment.DefaultVariable, "Development"))));
    }

    [Fact]
    public void Outside_dotnet_run_nothing_is_imposed_and_ASP_NET_Core_defaults_to_Production()
    {
        Assert.Null(LaunchEnvironment.Resolve([], Variables()));
    }

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("DOTNET_ENVIRONMENT")]
    public void An_environment_variable_the_operator_sets_wins(string variable)
    {
        Assert.Null(LaunchEnvironment.Resolve([],
            Variables((LaunchEnvironment.DefaultVariable, "Development"), (variable, "Production"))));
    }

    [Theory]
    [InlineData("--environment", "Production")]
    [InlineData("--environment=Production")]
    [InlineData("--Environment=Staging")]
    public void An_environment_on_the_command_line_wins(params string[] args)
    {
        Assert.Null(LaunchEnvironment.Resolve(args, Variables((LaunchEnvironment.DefaultVariable, "Development"))));
    }
}
