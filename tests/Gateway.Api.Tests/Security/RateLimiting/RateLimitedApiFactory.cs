using System.Net;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.DI;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Api.Tests.Security.RateLimiting;

/// <summary>
/// The app with the rate limits given (keys under <c>RateLimits:</c> and <c>Audit:</c>),
/// a clock the test moves, requests that can be held in flight, and clients that come from a chosen address.
/// </summary>
public sealed class RateLimitedApiFactory : GatewayApiFactory
{
    private readonly IReadOnlyDictionary<string, string> settings;

    public RateLimitedApiFactory(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

    /// <summary>On the database at <paramref name="databasePath"/>, which outlives this host.</summary>
    internal RateLimitedApiFactory(IReadOnlyDictionary<string, string> settings, string databasePath)
        : base(databasePath, ownsDatabase: false) =>
        this.settings = settings;

    /// <summary>Test-only header the host turns into the connection's remote address.</summary>
    public const string AddressHeader = "X-Test-Remote-Address";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public HeldRequests Held { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IConfigureExecution>(Held);
            services.AddTransient<IStartupFilter, RemoteAddressFromHeader>();
        });
    }

    /// <summary>A client whose requests come from <paramref name="address"/>.</summary>
    public HttpClient CreateClientFrom(string address)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Add(AddressHeader, address);
        return http;
    }

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var address))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
