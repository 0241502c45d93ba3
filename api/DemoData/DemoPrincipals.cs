using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Informants;
using Gateway.Api.Integrations;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Clients;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClientPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Gateway.Api.DemoData;

/// <summary>
/// The demo county's machine clients and admin-page users, listed in the README. Seeded only with the demo county
/// and never in Production. Client secrets are "&lt;client id&gt;-secret"; user passwords are
/// <see cref="UserPassword"/>.
/// </summary>
public sealed class DemoPrincipals(GatewayDbContext db, UserManager<GatewayUser> users,
    IUserStore<GatewayUser> userStore, IOpenIddictApplicationManager applications)
{
    public const string UserPassword = "Gateway-demo-2026";

    /// <summary>Authenticator keys (base32) of the demo accounts that must use a second factor.</summary>
    public static readonly IReadOnlyDictionary<string, string> AuthenticatorKeys = new Dictionary<string, string>
    {
        ["bureau.admin"] = "GATEWAYDEMOBUREAUADMINTOTPKEYAAA",
        ["intel.officer"] = "GATEWAYDEMOINTELOFFICERTOTPKEYAA",
        ["station.handler"] = "GATEWAYDEMOSTATIONHANDLERTOTPKEY",
    };

    /// <summary>The demo dashboard's read-only API key, for the README's recipes; a real key's secret is random and
    /// shown once.</summary>
    public const string DashboardKeyId = "demodash01";
    public const string DashboardKey =
        ApiKeyFormat.Prefix + DashboardKeyId + "_GatewayDemoDashboardReadOnlyKeyForRecipes26";

    private static readonly (string ClientId, string Unit, string Role, string Name)[] Clients =
    [
        ("demo-bureau", "bureau", Roles.UnitIntegration, "Gong County bureau integration"),
        ("demo-station", "xunchang", Roles.UnitIntegration, "Xunchang station integration"),
        ("demo-nanjing", "nanjing", Roles.UnitIntegration, "Nanjing office integration"),
        ("demo-longxiang", "longxiang", Roles.UnitIntegration, "Longxiang office integration"),
        ("demo-anmin", "anmin", Roles.UnitIntegration, "Anmin office integration"),
        ("demo-xinqiao", "xinqiao", Roles.UnitIntegration, "Xinqiao office integration"),
        ("demo-dashboard", "bureau", Roles.Dashboard, "County statistics dashboard"),
        ("demo-committee", "bureau", Roles.PoliticalLegalCommittee, "County political-legal committee"),
    ];

    /// <summary>The dashboard and the committee integrate with the published documents alone (trusted
    /// documents).</summary>
    private static readonly IReadOnlySet<string> PublishedDocumentsOnlyClients =
        new HashSet<string> { "demo-dashboard", "demo-committee" };

    /// <summary>The demo machine clients, whose secrets are "&lt;client id&gt;-secret".</summary>
    public static IEnumerable<string> ClientIds => Clients.Select(c => c.ClientId);

    /// <summary>The demo accounts, whose password is <see cref="UserPassword"/>.</summary>
    public static readonly IReadOnlyList<string> UserNames =
        ["bureau.admin", "station.admin", "nanjing.officer", "intel.officer", "station.handler", "auditor"];

    public async Task SeedAsync()
    {
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id);
        foreach (var (clientId, unit, role, name) in Clients)
        {
            var application = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = clientId + "-secret",
                ClientType = ClientTypes.Confidential,
                DisplayName = name,
                Permissions = { ClientPermissions.Endpoints.Token, ClientPermissions.GrantTypes.ClientCredentials,
                    ClientPermissions.Prefixes.Scope + GatewayClaims.ApiScope },
            };
            PublishedDocumentsOnly.Set(application, PublishedDocumentsOnlyClients.Contains(clientId));
            await applications.CreateAsync(application);
            var client = new ApiClient
            {
                ClientId = clientId, DisplayName = name, OwnerUnitId = units[unit], Roles = [role],
                SecurityStamp = ApiClient.NewSecurityStamp(), CreatedAt = DemoCalendar.Now,
            };
            db.ApiClients.Add(client);
            if (clientId == "demo-dashboard") AddDashboardKey(client);
            if (clientId == "demo-committee") AddCommitteeSubscription(client, units["nanjing"]);
        }

        var nanjingPolice = await db.Assignments
            .Where(a => a.UnitId == units["nanjing"] && a.Role == AssignmentRole.OfficePolice && a.To == null)
            .Select(a => a.PersonId).SingleAsync();
        var intelligenceLead = await db.Assignments
            .Where(a => a.UnitId == units["xunchang"] && a.Role == AssignmentRole.StationOfficer && a.To == null)
            .OrderBy(a => a.Id).Select(a => a.PersonId).FirstAsync();
        await AddUserAsync("bureau.admin", "Bureau system administrator", units["bureau"], Roles.SystemAdmin,
            personId: null);
        await AddUserAsync("station.admin", "Station security administrator", units["xunchang"], Roles.SecurityAdmin,
            personId: null);
        await AddUserAsync("nanjing.officer", "Nanjing community officer", units["nanjing"], Roles.CommunityOfficer,
            nanjingPolice);
        await AddUserAsync("intel.officer", "Station intelligence officer", units["xunchang"],
            Roles.IntelligenceOfficer, intelligenceLead);
        // The criminal-investigation officer who handles most of the station's informants; enrolled with an
        // authenticator, as reading an informant's identity takes one.
        var stationHandler = await db.InformantHandlings
            .Where(h => h.OwnerUnitId == units["xunchang"] && h.Role == HandlingRole.Handler && h.To == null)
            .GroupBy(h => h.PersonId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key)
            .FirstAsync();
        await AddUserAsync("station.handler", "Station informant handler", units["xunchang"], Roles.CommunityOfficer,
            stationHandler);
        await AddUserAsync("auditor", "County auditor", units["bureau"], Roles.Auditor, personId: null);
    }

    /// <summary>The committee's webhook subscription to grid workers' postings, paused (its receiver is an example
    /// address, never called), with one past delivery that failed every attempt, for the dead-letter list.</summary>
    private void AddCommitteeSubscription(ApiClient client, long nanjing)
    {
        var subscription = new WebhookSubscription
        {
            ApiClient = client, OwnerUnitId = client.OwnerUnitId, Url = "https://committee.example.cn/gateway-hooks",
            EventTypes = [OutgoingEventTypes.GridWorkerPosted, OutgoingEventTypes.GridWorkerReleased],
            SigningSecret = WebhookSigning.SecretPrefix + "R2F0ZXdheURlbW9Db21taXR0ZWVIb29rcyEh", Active = false,
            CreatedAt = DemoCalendar.Now.AddDays(-30),
        };
        var released = new OutboxEvent
        {
            EventId = new Guid("0190f5a0-7c00-7000-8000-000000000001"), Type = OutgoingEventTypes.GridWorkerReleased,
            OccurredAt = DemoCalendar.Now.AddDays(-20), OwnerUnitId = nanjing, Fields = "[]", FannedOut = true,
        };
        db.AddRange(subscription, released, new WebhookDelivery
        {
            OutboxEvent = released, Subscription = subscription, OwnerUnitId = client.OwnerUnitId,
            Status = WebhookDeliveryStatus.DeadLettered, Attempts = 8, NextAttemptAt = DemoCalendar.Now.AddDays(-19),
            LastAttemptAt = DemoCalendar.Now.AddDays(-19), LastStatusCode = 503,
            LastError = "HTTP 503 Service Unavailable",
        });
    }

    private void AddDashboardKey(ApiClient client)
    {
        ApiKeyFormat.TryParse(DashboardKey, out var keyId, out var secret);
        db.ApiKeys.Add(new ApiKey
        {
            ApiClient = client, OwnerUnitId = client.OwnerUnitId, KeyId = keyId, Label = "County big screen (demo)",
            SecretHash = ApiKeyFormat.HashOf(secret), CreatedAt = DemoCalendar.Now, CreatedBy = "system",
            // The end of 2027 in the county (UTC+8).
            ExpiresAt = new DateTime(2027, 12, 31, 16, 0, 0, DateTimeKind.Utc),
        });
    }

    private async Task AddUserAsync(string userName, string displayName, long unitId, string role, long? personId)
    {
        var user =
            new GatewayUser { UserName = userName, DisplayName = displayName, UnitId = unitId, PersonId = personId };
        RoleCatalogue.Check(await users.CreateAsync(user, UserPassword));
        RoleCatalogue.Check(await users.AddToRoleAsync(user, role));
        if (AuthenticatorKeys.TryGetValue(userName, out var key))
        {
            await ((IUserAuthenticatorKeyStore<GatewayUser>)userStore)
                .SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            RoleCatalogue.Check(await users.SetTwoFactorEnabledAsync(user, true));
        }
    }
}
