using System.Collections.Concurrent;
using Gateway.Api.Assessment;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Paging;
using Gateway.Api.Informants;
using Gateway.Api.Mediation;
using Gateway.Api.Offices;
using Gateway.Api.Requests;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>A demo machine client as the matrix sees it: the unit path its token carries and the permissions its roles
/// grant.</summary>
public sealed record Principal(string ClientId, string UnitCode, string UnitPath, IReadOnlySet<string> Permissions)
{
    public bool Holds(IReadOnlySet<string> required) => required.All(Permissions.Contains);

    /// <summary>Whether a row owned at <paramref name="path"/> lies in the principal's unit or below.</summary>
    public bool Covers(string path) => path.StartsWith(UnitPath, StringComparison.Ordinal);

    public override string ToString() => $"{ClientId} ({UnitCode} {UnitPath})";
}

/// <summary>
/// One private copy of the demo county plus <see cref="CrossLinks"/>, the schema model, the principals and an
/// independent oracle of who may see which row, computed from a system-scoped context, never through the filters under
/// test. Read-only: tests in a collection sharing it never write.
/// </summary>
public sealed class IsolationWorld : IAsyncLifetime
{
    /// <summary>Every demo machine client; a test fails when the seeded clients differ, so a new one joins the
    /// matrix.</summary>
    public static readonly string[] ClientIds =
        ["demo-bureau", "demo-station", "demo-nanjing", "demo-longxiang", "demo-anmin", "demo-xinqiao",
            "demo-dashboard", "demo-committee"];

    /// <summary>
    /// Root connections that list a subset of their node type's rows on purpose, with the subset: what "exactly the
    /// caller's rows" means for them. A narrowing not listed here fails the list shape, which is the point.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<Entity, bool>> NarrowedRoots =
        new Dictionary<string, Func<Entity, bool>>
    {
        ["offices"] = e => ((OrgUnit)e).Kind == OrgUnitKind.CommunityOffice,
        ["overdueServiceRequests"] = e => RequestClock.IsOverdue((ServiceRequest)e, DateTime.UtcNow),
        ["overdueMediationAgreements"] = e =>
            ((MediationAgreement)e).IsOverdueOn(CountyCalendar.Today(TimeProvider.System)),
        ["webhookDeadLetters"] = e =>
            ((Api.Integrations.WebhookDelivery)e).Status == Api.Integrations.WebhookDeliveryStatus.DeadLettered,
    };

    private readonly ConcurrentDictionary<Type, Task<IReadOnlyDictionary<long, Entity>>> rows = new();
    private readonly ConcurrentDictionary<string, GraphQLClient> clients = new();
    private Dictionary<string, Principal> principals = [];
    /// <summary>For each row some other row lets its readers read (<see cref="AlsoReadThroughAttribute"/>): those
    /// rows.</summary>
    private readonly Dictionary<(Type, long), List<Entity>> readersThrough = [];

    /// <summary>The largest page the matrix's host serves, and asks for.</summary>
    public const int MatrixPageSize = 1000;

    public GatewayApiFactory Factory { get; } = new EveryErrorApiFactory();
    public IsolationSchema Schema { get; private set; } = null!;
    public CrossLinks Links { get; private set; } = null!;
    public IReadOnlyCollection<string> SeededClientIds { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        Links = await CrossLinks.InsertAsync(Factory);
        Schema = new IsolationSchema(Factory.Services.GetRequiredService<ISchema>(), NarrowedRoots.Keys.ToHashSet());
        var seeded = await Factory.WithDbAsync(async db =>
        {
            var paths = await db.OrgUnits.ToDictionaryAsync(u => u.Id, u => (u.Code, u.Path));
            return (await db.ApiClients.AsNoTracking().ToListAsync())
                .Select(c => new Principal(c.ClientId, paths[c.OwnerUnitId].Code, paths[c.OwnerUnitId].Path,
                    Roles.PermissionsOf(c.Roles)))
                .ToList();
        });
        await CollectReadersThroughAsync();
        SeededClientIds = [.. seeded.Select(p => p.ClientId)];
        principals = seeded.ToDictionary(p => p.ClientId);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public Principal Principal(string clientId) =>
        principals.GetValueOrDefault(clientId)
            ?? throw new InvalidOperationException($"No seeded API client '{clientId}'.");

    public GraphQLClient Client(string clientId) => clients.GetOrAdd(clientId, Factory.CreateGraphQLClient);

    /// <summary>Every row of <paramref name="entity"/>'s table by id, read by the system. Append-only audit records are
    /// re-read each time.</summary>
    public Task<IReadOnlyDictionary<long, Entity>> RowsAsync(Type entity) =>
        entity == typeof(AuditRecord) ? LoadAsync(entity) : rows.GetOrAdd(entity, LoadAsync);

    private Task<IReadOnlyDictionary<long, Entity>> LoadAsync(Type entity) =>
        (Task<IReadOnlyDictionary<long, Entity>>)typeof(IsolationWorld)
            .GetMethod(nameof(LoadRowsAsync),
                System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entity).Invoke(this, [])!;

    private Task<IReadOnlyDictionary<long, Entity>> LoadRowsAsync<T>() where T : Entity =>
        Factory.WithDbAsync<IReadOnlyDictionary<long, Entity>>(async db =>
            (await db.Set<T>().AsNoTracking().ToListAsync()).ToDictionary(e => e.Id, e => (Entity)e));

    /// <summary>Rows every caller sees. Stated here, apart from the code, so a type that lost its marker
    /// shows.</summary>
    private static readonly Type[] SharedReferenceData =
        [typeof(ExternalOrganisation), typeof(DutyCategory), typeof(DutyItem)];

    /// <summary>
    /// The tree path that places a row, read where the type's <see cref="TenantOwnedAttribute"/> says, or null for
    /// shared reference data that every caller sees.
    /// </summary>
    public static string? PathOf(Entity row)
    {
        var type = row.GetType();
        if (TenantOwnership.Of(type).PathProperty is { } pathProperty)
            return (string)type.GetProperty(pathProperty)!.GetValue(row)!;
        return SharedReferenceData.Contains(type) ? null : throw new InvalidOperationException(
            $"{type.Name} is neither tenant-owned nor listed as shared reference data in {nameof(IsolationWorld)}.");
    }

    /// <summary>
    /// Whether <paramref name="principal"/> may see <paramref name="row"/>: its unit and below; rows of a type shared
    /// downwards owned at a unit above; rows that a row it sees points at where the row's type says it is read through
    /// it (a person through a posting, a mediator through a seat); shared reference data; and never an informant's
    /// identity: that takes a person signed in with an authenticator code, and the principals are machine clients.
    /// </summary>
    public bool Sees(Principal principal, Entity row) => row switch
    {
        InformantIdentity => false,
        _ => PathOf(row) is not { } path || principal.Covers(path)
            || (TenantOwnership.Of(row.GetType()).SharedDownwards
                && principal.UnitPath.StartsWith(path, StringComparison.Ordinal))
            || readersThrough.GetValueOrDefault((row.GetType(), row.Id))?.Any(source => Sees(principal, source))
                == true,
    };

    /// <summary>Reads, as the system, every row that lets its readers read another (by the same declarations the row
    /// filters follow), and notes which rows let whom read what.</summary>
    private async Task CollectReadersThroughAsync()
    {
        foreach (var target in Schema.NodeTypes.Select(IsolationSchema.EntityOf))
            foreach (var through in TenantOwnership.Of(target).ReadThrough)
            {
                var foreignKey = through.Source.GetProperty(through.ForeignKey)!;
                foreach (var source in (await RowsAsync(through.Source)).Values)
                    if (foreignKey.GetValue(source) is long id)
                    {
                        if (!readersThrough.TryGetValue((target, id), out var sources))
                            readersThrough[(target, id)] = sources = [];
                        sources.Add(source);
                    }
            }
    }

    /// <summary>
    /// The matrix compares every error of its requests (one NOT_FOUND per foreign or missing id), so none may be left
    /// out under GraphQL:Limits:MaxErrors; it reads every row of every table, so in pages ten times the usual size
    /// (the largest tables still take several pages, so cursors are crossed all the same).
    /// </summary>
    private sealed class EveryErrorApiFactory : GatewayApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:MaxErrors", "1000");
            builder.UseSetting($"{PagingOptions.Section}:{nameof(PagingOptions.MaxPageSize)}", $"{MatrixPageSize}");
        }
    }
}
