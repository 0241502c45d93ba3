using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Operations;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Operations;

/// <summary>
/// The log of a representative workload — registry writes and lookups by ID number, an informant registered with a
/// number already on file, the informant file read with identities — names callers and requests, and not one of the
/// demo county's ID numbers or phone numbers.
/// </summary>
public sealed class PersonalDataInLogsTests(LoggedApiFactory factory) : IClassFixture<LoggedApiFactory>
{
    [Fact]
    public async Task No_seeded_ID_number_or_phone_reaches_the_log_and_every_request_line_names_its_caller()
    {
        var seeded = await SeededIdentifiersAsync();
        var resident = await factory.WithDbAsync(db => db.Residents.AsNoTracking()
            .Where(r => r.OwnerUnit!.Code == "nanjing" && r.Phone != null && r.AddressId != null)
            .OrderBy(r => r.Id).FirstAsync());
        var informantNumber = await factory.WithDbAsync(db => db.InformantIdentities.IgnoreQueryFilters()
            .OrderBy(i => i.Id).Select(i => i.IdNumber).FirstAsync());
        var nanjing = factory.CreateGraphQLClient("demo-nanjing");

        await RunAsync(nanjing, "query($first: Int) { residents(first: $first) { nodes { id name idNumber phone } } }",
            new { first = 50 });
        await RunAsync(nanjing, "query($n: String!) { residentsByIdNumber(idNumber: $n) { id name idNumber } }",
            new { n = resident.IdNumber });
        await RunAsync(nanjing, """
            mutation($input: CreateResidentInput!) { createResident(input: $input) {
              resident { id } errors { ... on Error { code message path } } } }
            """, new
        {
            input = new
            {
                gridId = GlobalId.Encode("Grid", resident.GridId),
                addressId = GlobalId.Encode("StandardAddress", resident.AddressId!.Value), name = "重复号",
                idNumber = resident.IdNumber,
                phone = resident.Phone, registration = "FLOATING", mentalHealthRisk = false,
            },
        });
        await RunAsync(nanjing, """
            mutation($input: UpdateResidentInput!) { updateResident(input: $input) {
              resident { id phone } errors { ... on Error { code message path } } } }
            """, new
        {
            input = new
            {
                id = GlobalId.Encode("Resident", resident.Id), version = resident.Version, name = resident.Name,
                phone = seeded.Phones.First(p => p != resident.Phone), registration = "REGISTERED",
                keyPersonCategory = (string?)null, specialGroup = (string?)null,
            },
        });
        await RunAsync(factory.CreateGraphQLClient("demo-bureau"), """
            mutation($input: RegisterInformantInput!) { registerInformant(input: $input) {
              informant { id } errors { ... on Error { code message path } } } }
            """, new
        {
            input = new
            {
                unitId = "not-an-id", codeName = "LOG-001", occupation = "TAXI_DRIVER", recruitedOn = "2026-11-01",
                realName = "钱秘名", idNumber = informantNumber, phone = seeded.Phones.First(),
                handlerId = "x", controllerId = "y", idempotencyKey = "log-001",
            },
        });
        var handler = await UserSignIn.SignInAsync(factory, "station.handler");
        await RunAsync(handler.Client,
            "{ informants(first: 20) { nodes { codeName identity { realName idNumber phone } } } }", null);
        await RunAsync(handler.Client, "query($n: String!) { residentsByIdNumber(idNumber: $n) { id } }",
            new { n = informantNumber });

        var log = factory.Log.Lines.ToList();
        var leaked = seeded.IdNumbers.Concat(seeded.Phones)
            .SelectMany(value => log.Where(line => line.Contains(value)).Select(line => $"{value}: {line}"))
            .Take(5).ToList();
        Assert.True(leaked.Count == 0, "Personal data in the log:\n" + string.Join('\n', leaked));
        var operations = log.Where(l => l.Contains(nameof(GraphQLOperationTelemetry))).ToList();
        Assert.True(operations.Count >= 7, $"One line per operation, got {operations.Count}");
        Assert.Contains(operations, l => l.Contains("ClientId=demo-nanjing") && l.Contains("Unit=")
            && l.Contains("RequestId="));
        Assert.Contains(operations, l => l.Contains("ClientId=" + Api.Security.Clients.AdminPageClient.ClientId));
    }

    private static async Task RunAsync(GraphQLClient client, string query, object? variables)
    {
        var response = await client.PostAsync(query, variables);
        Assert.NotNull(response.Json);
    }

    private sealed record Identifiers(HashSet<string> IdNumbers, HashSet<string> Phones);

    private Task<Identifiers> SeededIdentifiersAsync() => factory.WithDbAsync(async db =>
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phones = new HashSet<string>();
        void Add(string? idNumber, string? phone)
        {
            if (idNumber is not null) ids.Add(idNumber);
            if (phone is not null) phones.Add(phone);
        }
        foreach (var r in await db.Residents.AsNoTracking().Select(r => new { r.IdNumber, r.Phone }).ToListAsync())
            Add(r.IdNumber, r.Phone);
        foreach (var i in await db.InformantIdentities.IgnoreQueryFilters().AsNoTracking()
                     .Select(i => new { i.IdNumber, i.Phone }).ToListAsync())
            Add(i.IdNumber, i.Phone);
        foreach (var p in await db.People.AsNoTracking().Select(p => new { p.IdNumber, p.Phone }).ToListAsync())
            Add(p.IdNumber, p.Phone);
        foreach (var p in await db.MediationParties.AsNoTracking().Select(p => new { p.IdNumber, p.Phone })
                     .ToListAsync())
            Add(p.IdNumber, p.Phone);
        phones.UnionWith((await db.Houses.AsNoTracking().Select(h => new { h.HolderPhone, h.LandlordPhone })
            .ToListAsync()).SelectMany(h => new[] { h.HolderPhone, h.LandlordPhone }).OfType<string>());
        phones.UnionWith(await db.ServiceRequests.AsNoTracking().Where(r => r.CallerPhone != null)
            .Select(r => r.CallerPhone!).ToListAsync());
        Assert.True(ids.Count > 100 && phones.Count > 100, $"{ids.Count} ID numbers, {phones.Count} phones");
        return new Identifiers(ids, phones);
    });
}
