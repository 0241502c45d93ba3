using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// Outside Development, errors carry no exception details and no "Did you mean …?" suggestions, which would
/// otherwise let a caller recover the schema field by field.
/// </summary>
public sealed partial class GatewayErrorInfoProvider(IOptions<ErrorInfoProviderOptions> options, IHostEnvironment environment)
    : ErrorInfoProvider(options.Value)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        return environment.IsDevelopment() ? info : info with { Message = Suggestion().Replace(info.Message, "") };
    }

    [GeneratedRegex(@"\s*Did you mean .*?\?(?=$|\s)", RegexOptions.Singleline)]
    private static partial Regex Suggestion();
}
