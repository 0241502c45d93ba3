using System.Collections.Concurrent;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Api.Tests.Operations;

/// <summary>Every log line an app writes, as an operator's sink would keep it: message, structured values, the scopes
/// around it and the exception.</summary>
public sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => log.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) line.Append($" {key}={value}");
            log.scopes.ForEachScope((scope, text) =>
            {
                text.Append(" | ").Append(scope);
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) text.Append($" {key}={value}");
            }, line);
            if (exception is not null) line.Append(' ').Append(exception);
            log.lines.Enqueue(line.ToString());
        }
    }
}

/// <summary>The app over a fresh copy of the demo county, its log captured at the levels it is configured
/// with.</summary>
public sealed class LoggedApiFactory : GatewayApiFactory
{
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}
