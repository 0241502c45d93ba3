using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Tests.Personnel;
using Gateway.Api.Tests.Registry;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>Check 24 for the registry: every demo principal naming a grid, address, resident, house, unit or person
/// outside its scope (or one that does not exist) through every registry mutation gets NOT_FOUND when it may write
/// the registry at all and the request-level permission error otherwise, and nothing is written.</summary>
public sealed partial class MutationIsolationTests
{
    public static TheoryData<string, string> ClientsAndRegistryMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in RegistryWrites.Mutations)
            data.Add(clientId, mutation);
        return data;
    }

    /// <summary>A unit's registry rows a mutation names: a grid, an address, a resident (a key person where it has
    /// one), a house and a unit of it, and a person on its file (0 where it holds none).</summary>
    private sealed record RegistryTarget(long Grid, long Address, long Resident, long House, long Unit, long Person);

    [Theory]
    [MemberData(nameof(ClientsAndRegistryMutations))]
    public async Task Registry_writes_naming_anything_outside_the_callers_scope_read_not_found_and_write_nothing(
        string clientId, string mutation)
    {
        var (targets, missing, permissions) = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var path = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            var outside = await db.OrgUnits.Where(u => !u.Path.StartsWith(path)).Select(u => new RegistryTarget(
                db.Grids.Where(g => g.OwnerUnitId == u.Id).Min(g => (long?)g.Id) ?? 0,
                db.StandardAddresses.Where(a => a.OwnerUnitId == u.Id).Min(a => (long?)a.Id) ?? 0,
                db.Residents.Where(r => r.OwnerUnitId == u.Id && r.KeyPersonCategory != null).Min(r => (long?)r.Id)
                    ?? 0,
                db.Houses.Where(h => h.OwnerUnitId == u.Id).Min(h => (long?)h.Id) ?? 0,
                db.RegisteredUnits.Where(r => r.OwnerUnitId == u.Id).Min(r => (long?)r.Id) ?? 0,
                db.People.Where(p => p.OwnerUnitId == u.Id).Min(p => (long?)p.Id) ?? 0)).ToListAsync();
            var beyond = new RegistryTarget(await db.Grids.MaxAsync(g => g.Id) + 1,
                await db.StandardAddresses.MaxAsync(a => a.Id) + 1, await db.Residents.MaxAsync(r => r.Id) + 1,
                await db.Houses.MaxAsync(h => h.Id) + 1, await db.RegisteredUnits.MaxAsync(u => u.Id) + 1,
                await db.People.MaxAsync(p => p.Id) + 1);
            return (outside, beyond, Roles.PermissionsOf(client.Roles));
        });
        var mayWrite = permissions.Contains(Permissions.RegistryWrite);
        var before = await factory.RegistryStateAsync();
        var client = factory.CreateGraphQLClient(clientId);

        await AssertEachNotFoundAsync(client, mutation,
            targets.Append(missing).Select(target => RegistryInput(mutation, target)), mayWrite);
        Assert.Equal(before, await factory.RegistryStateAsync());
    }

    /// <summary>The input of <paramref name="mutation"/> naming <paramref name="target"/>'s rows, well formed
    /// otherwise; null when the unit holds no row of the kind the mutation changes.</summary>
    private static object? RegistryInput(string mutation, RegistryTarget target)
    {
        string Id(string type, long id) => GlobalId.Encode(type, id);
        var grid = Id("Grid", target.Grid);
        return mutation switch
        {
            "createStandardAddress" when target.Grid > 0 =>
                new { gridId = grid, divisionCode = "511526", street = "越权路", doorNumber = "1" },
            "updateStandardAddress" when target.Address > 0 => new
            {
                id = Id("StandardAddress", target.Address), version = 0, divisionCode = "511526", street = "越权路",
                doorNumber = "1",
            },
            "createResident" when target.Grid > 0 => new
            {
                gridId = grid, name = "越权", idNumber = Staffing.ResidentId(new(1990, 1, 1)), registration = "FLOATING",
            },
            "updateResident" when target.Resident > 0 =>
                new { id = Id("Resident", target.Resident), version = 1, name = "越权", registration = "FLOATING" },
            "createHouse" when target.Grid > 0 =>
                new { gridId = grid, use = "VACANT", holderName = "越权", rooms = 1 },
            "updateHouse" when target.House > 0 =>
                new { id = Id("House", target.House), version = 1, use = "VACANT", holderName = "越权", rooms = 1 },
            "createRegisteredUnit" when target.Grid > 0 => new { gridId = grid, category = "HOTEL", name = "越权" },
            "updateRegisteredUnit" when target.Unit > 0 =>
                new { id = Id("RegisteredUnit", target.Unit), version = 1, category = "HOTEL", name = "越权" },
            "moveResident" when target.Resident > 0 =>
                new { id = Id("Resident", target.Resident), version = 1, gridId = grid },
            "moveHouse" when target.House > 0 => new { id = Id("House", target.House), version = 1, gridId = grid },
            "moveRegisteredUnit" when target.Unit > 0 =>
                new { id = Id("RegisteredUnit", target.Unit), version = 1, gridId = grid },
            "verifyResident" when target.Resident > 0 => new { id = Id("Resident", target.Resident), version = 1 },
            "verifyHouse" when target.House > 0 => new { id = Id("House", target.House), version = 1 },
            "verifyRegisteredUnit" when target.Unit > 0 =>
                new { id = Id("RegisteredUnit", target.Unit), version = 1 },
            "recordKeyPersonControl" when target.Resident > 0 && target.Person > 0 => new
            {
                residentId = Id("Resident", target.Resident), personId = Id("Person", target.Person), kind = "VISIT",
                occurredAt = "2026-10-30T09:00:00+08:00",
            },
            _ => null,
        };
    }
}
