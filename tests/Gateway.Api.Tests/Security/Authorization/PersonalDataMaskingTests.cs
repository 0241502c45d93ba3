using System.Reflection;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Informants;
using Gateway.Api.Integrations;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.Authorization;

/// <summary>
/// Need-to-know: citizens' ID numbers and phones are masked unless the caller holds pii.read, and every value served
/// unmasked is audited against its row.
/// </summary>
public sealed class PersonalDataMaskingTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Fact]
    public async Task A_caller_with_pii_read_sees_ID_numbers_and_phones_whole_and_each_read_is_audited()
    {
        var data = await factory.CreateGraphQLClient()
            .QueryAsync("{ residents(first: 5) { nodes { id idNumber phone } } }");

        var residents = data["residents"]!.Items("nodes");
        var ids = residents.Select(r => r.Str("id")).ToList();
        var stored = await factory.WithDbAsync(db =>
            db.Residents.OrderBy(r => r.Id).Take(5).Select(r => new { r.IdNumber, r.Phone }).ToListAsync());
        Assert.Equal(stored.Select(r => r.IdNumber), residents.Select(r => r.Str("idNumber")));
        Assert.Equal(stored.Select(r => r.Phone), residents.Select(r => r["phone"]?.GetValue<string>()));
        Assert.All(stored, r => Assert.DoesNotContain(Mask.Hidden, r.IdNumber));

        var idNumberReads = await factory.AuditRecordsAsync("pii.read:Resident.idNumber",
            GatewayApiFactory.DefaultClientId);
        Assert.Equal(AuditOutcome.Succeeded, idNumberReads[^1].Outcome);
        Assert.Equal(ids.Order(), idNumberReads[^1].Objects().Order());
        var phoneIds = residents.Where(r => r["phone"] is not null).Select(r => r.Str("id")).ToList();
        Assert.NotEmpty(phoneIds);
        Assert.Equal(phoneIds.Order(), (await factory.AuditRecordsAsync("pii.read:Resident.phone",
            GatewayApiFactory.DefaultClientId))[^1].Objects().Order());
    }

    [Fact]
    public async Task The_committee_sees_phones_and_ID_numbers_masked_and_no_unmasked_read_is_audited()
    {
        const string committee = "demo-committee";
        var data = await factory.CreateGraphQLClient(committee).QueryAsync(
            "{ personnel(first: 50) { nodes { phone idNumber } } serviceRequests(first: 20) { nodes { " +
            "callerPhone } } }");

        var stored = await factory.WithDbAsync(async db => (
            People: await db.People.OrderBy(p => p.Id).Take(50).Select(p => new { p.Phone, p.IdNumber }).ToListAsync(),
            Callers: await db.ServiceRequests.OrderBy(r => r.Id).Take(20).Select(r => r.CallerPhone).ToListAsync()));
        var people = data["personnel"]!.Items("nodes");
        Assert.Contains(stored.People, p => p.Phone is not null);
        Assert.Contains(stored.People, p => p.IdNumber is not null);
        Assert.Equal(stored.People.Select(p => Masked(p.Phone, Mask.Phone)),
            people.Select(p => p["phone"]?.GetValue<string>()));
        Assert.Equal(stored.People.Select(p => Masked(p.IdNumber, Mask.IdNumber)),
            people.Select(p => p["idNumber"]?.GetValue<string>()));
        Assert.Equal(stored.Callers.Select(c => Masked(c, Mask.Phone)),
            data["serviceRequests"]!.Items("nodes").Select(r => r["callerPhone"]?.GetValue<string>()));
        Assert.Empty(await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.ClientId == committee && r.Operation.StartsWith("pii.read:")).ToListAsync()));
    }

    /// <summary>Every personal column the graph serves, found from the model: encrypted text, and flags (a
    /// mental-health risk) that read as null when masked; informants' identities follow their own rule, and a webhook's
    /// signing secret, encrypted too, is shown once when made and never read back.</summary>
    public static TheoryData<string, string> PersonalColumns()
    {
        var data = new TheoryData<string, string>();
        foreach (var entity in typeof(Entity).Assembly.GetTypes()
            .Where(t => typeof(Entity).IsAssignableFrom(t) && t != typeof(InformantIdentity)))
            foreach (var property in entity.GetProperties().Where(p => p.IsDefined(typeof(SensitiveAttribute))
                && (entity, p.Name) != (typeof(WebhookSubscription), nameof(WebhookSubscription.SigningSecret))))
                data.Add(entity.Name, property.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(PersonalColumns))]
    public async Task Every_personal_column_is_masked_without_pii_read_and_whole_with_it(string entityName,
        string propertyName)
    {
        var entityType = typeof(Entity).Assembly.GetTypes()
            .Single(t => t.Name == entityName && typeof(Entity).IsAssignableFrom(t));
        var (rowId, value) = await factory.WithDbAsync(db => FirstValue(db, entityType, propertyName));
        var id = GlobalId.Encode(entityName, rowId);
        var field = FieldName(propertyName);
        var query = $"query($id: ID!) {{ node(id: $id) {{ ... on {entityName} {{ {field} }} }} }}";
        var everyRead = Roles.Grants[Roles.UnitIntegration];
        var mask = propertyName.EndsWith("IdNumber", StringComparison.Ordinal) ? (Func<string, string>)Mask.IdNumber
            : propertyName.EndsWith("Name", StringComparison.Ordinal) ? Mask.Name
            : Mask.Phone;

        var masked = await ExecuteAsync("reader-without-pii",
            everyRead.Where(p => p != Permissions.PiiRead).ToHashSet(), query, id);
        var whole = await ExecuteAsync("reader-with-pii", everyRead, query, id);

        if (IsFlag(entityType, propertyName))
        {
            Assert.Null(masked["data"]!["node"]![field]);
            Assert.True(whole["data"]!["node"]![field]!.GetValue<bool>());
        }
        else
        {
            Assert.Equal(mask(value), masked["data"]!["node"]![field]!.GetValue<string>());
            Assert.Equal(value, whole["data"]!["node"]![field]!.GetValue<string>());
        }
        var reads = await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Operation == $"pii.read:{entityName}.{field}").ToListAsync());
        Assert.Equal([id], reads.Single(r => r.Actor == "reader-with-pii").Objects());
        Assert.DoesNotContain(reads, r => r.Actor == "reader-without-pii");
    }

    private static bool IsFlag(Type entityType, string propertyName) =>
        entityType.GetProperty(propertyName)!.PropertyType == typeof(bool);

    private static string? Masked(string? value, Func<string, string> mask) => value is null ? null : mask(value);

    private static string FieldName(string propertyName) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    /// <summary>
    /// Runs <paramref name="query"/> in-process as a bureau-wide caller holding exactly <paramref name="permissions"/>,
    /// a combination no demo principal has, through the same validation rules and audit flush as the endpoint.
    /// </summary>
    private async Task<JsonNode> ExecuteAsync(string actor, IReadOnlySet<string> permissions, string query, string id)
    {
        var bureau = await factory.WithDbAsync(db =>
            db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CountyBureau).Select(u => new { u.Id, u.Path }).SingleAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<TenantScope>()
            .Enter(bureau.Id, bureau.Path, permissions, actor, clientId: null, personId: null);
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = new Inputs(new Dictionary<string, object?> { ["id"] = id }),
            RequestServices = services,
            ValidationRules = [.. DocumentValidator.CoreRules, PermissionValidationRule.Instance],
        });
        await services.GetRequiredService<RequestAuditTrail>().FlushAsync(CancellationToken.None);
        var json = JsonNode.Parse(services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result))!;
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json;
    }

    private static Task<(long, string)> FirstValue(GatewayDbContext db, Type entityType, string propertyName) =>
        (Task<(long, string)>)typeof(PersonalDataMaskingTests)
            .GetMethod(nameof(FirstValueOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entityType).Invoke(null, [db, propertyName])!;

    private static async Task<(long, string)> FirstValueOf<T>(GatewayDbContext db, string propertyName) where T : Entity
    {
        // A flag is read where it is set, so a masked null cannot pass for the stored value. It is encrypted, so
        // it is found after decrypting, not in SQL.
        if (IsFlag(typeof(T), propertyName))
            return ((await db.Set<T>().OrderBy(e => e.Id)
                .Select(e => new { e.Id, Set = EF.Property<bool>(e, propertyName) }).ToListAsync())
                .First(e => e.Set).Id, "true");
        var row = await db.Set<T>().Where(e => EF.Property<string?>(e, propertyName) != null).OrderBy(e => e.Id)
            .Select(e => new { e.Id, Value = EF.Property<string>(e, propertyName) }).FirstAsync();
        return (row.Id, row.Value);
    }
}
