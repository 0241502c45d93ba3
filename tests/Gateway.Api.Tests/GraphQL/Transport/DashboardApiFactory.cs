using System.Security.Claims;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// The app as dashboards meet it: the result cache on (60 s unless a test's settings say otherwise), a clock the test
/// moves, a test-only shared aggregate at the root (<see cref="UnitCountFields"/>, marked <c>CachedPerTenant</c>) that
/// counts its executions, and callers that can be made API-key callers with a header.
/// </summary>
public sealed class DashboardApiFactory : GatewayApiFactory
{
    private readonly (string Key, string Value)[] settings;

    public DashboardApiFactory() : this([])
    {
    }

    /// <summary>With other settings, for a test that starts its own host.</summary>
    internal DashboardApiFactory(params (string Key, string Value)[] settings) => this.settings = settings;

    /// <summary>A request carrying this header is authenticated as usual, plus the API-key claim with its
    /// value.</summary>
    public const string ApiKeyIdHeader = "X-Test-Api-Key-Id";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public UnitCountFields UnitCounts { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:ResultCache:Seconds", "60");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IQueryFields>(UnitCounts);
            services.AddSingleton<UnitCountType>();
            services.AddTransient<IClaimsTransformation, ApiKeyClaimFromHeader>();
        });
    }

    /// <summary>A client of <paramref name="clientId"/> that comes in as an API key of that client.</summary>
    public GraphQLClient CreateApiKeyClient(string clientId, string keyId = "k3yT3st")
    {
        var client = CreateGraphQLClient(clientId);
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = client.Http.DefaultRequestHeaders.Authorization;
        http.DefaultRequestHeaders.Add(ApiKeyIdHeader, keyId);
        return new GraphQLClient(http);
    }

    private sealed class ApiKeyClaimFromHeader(IHttpContextAccessor accessor) : IClaimsTransformation
    {
        public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
        {
            if (accessor.HttpContext?.Request.Headers[ApiKeyIdHeader].ToString() is not { Length: > 0 } keyId
                || principal.HasClaim(c => c.Type == GatewayClaims.ApiKeyId)) return Task.FromResult(principal);
            var marked = principal.Clone();
            ((ClaimsIdentity)marked.Identity!).AddClaim(new Claim(GatewayClaims.ApiKeyId, keyId));
            return Task.FromResult(marked);
        }
    }
}

/// <summary>One row of <see cref="UnitCountFields"/>: the units of a kind in the caller's scope.</summary>
public sealed record UnitCount(string Kind, int Units, int Cameras);

public sealed class UnitCountType : ObjectGraphType<UnitCount>
{
    public UnitCountType()
    {
        Name = "TestUnitCount";
        this.RequirePermission(Permissions.OfficesRead);
        Field(r => r.Kind);
        Field(r => r.Units);
        Field(r => r.Cameras);
    }
}

/// <summary>
/// <c>testUnitCounts(codePrefix)</c>: units and cameras by kind, through the caller's row filters — an aggregate
/// shared by every caller of a unit, marked as such. Counts how often it really ran.
/// </summary>
public sealed class UnitCountFields : IQueryFields
{
    private int executions;

    public int Executions => executions;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitCountType>>>>("testUnitCounts")
            .Argument<StringGraphType>("codePrefix")
            .RequirePermission(Permissions.OfficesRead)
            .CachedPerTenant()
            .ResolveAsync(async ctx =>
            {
                Interlocked.Increment(ref executions);
                var prefix = ctx.GetArgument<string?>("codePrefix") ?? "";
                var db = ctx.RequestServices!.GetRequiredService<GatewayDbContext>();
                var units = await db.OrgUnits.AsNoTracking().Where(u => u.Code.StartsWith(prefix))
                    .Select(u => new { u.Kind, u.Cameras }).ToListAsync(ctx.CancellationToken);
                return units.GroupBy(u => u.Kind).OrderBy(g => g.Key)
                    .Select(g => new UnitCount(g.Key.ToString(), g.Count(), g.Sum(u => u.Cameras))).ToList();
            });
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardApiFactory>
{
    public const string Name = "Dashboards";
}
