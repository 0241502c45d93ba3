using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Tests.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>Check 24 for non-police requests: every demo principal naming a request, extension, unit or grid outside
/// its scope (or one that does not exist) through every request mutation gets NOT_FOUND when it may write requests at
/// all and the request-level permission error otherwise, and nothing is written.</summary>
public sealed partial class MutationIsolationTests
{
    public static TheoryData<string, string> ClientsAndRequestMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in RequestFlow.Mutations.Keys)
            data.Add(clientId, mutation);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClientsAndRequestMutations))]
    public async Task Request_steps_naming_anything_outside_the_callers_scope_read_not_found_and_write_nothing(
        string clientId, string mutation)
    {
        var world = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var path = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            async Task<(List<long> Outside, long Max)> IdsAsync<T>(IQueryable<T> rows)
                where T : Api.Data.TenantOwnedEntity => (
                await rows.Where(r => !r.OwnerPath.StartsWith(path)).OrderBy(r => r.Id).Select(r => r.Id)
                    .ToListAsync(),
                await rows.MaxAsync(r => r.Id));
            return (Permissions: Roles.PermissionsOf(client.Roles), Requests: await IdsAsync(db.ServiceRequests),
                Extensions: await IdsAsync(db.RequestExtensions), Grids: await IdsAsync(db.Grids),
                OwnUnit: client.OwnerUnitId,
                Units: (Outside: await db.OrgUnits.Where(u => !u.Path.StartsWith(path)).OrderBy(u => u.Id)
                    .Select(u => u.Id).ToListAsync(), Max: await db.OrgUnits.MaxAsync(u => u.Id)),
                Department: await db.ExternalOrganisations.Where(o => o.Kind == ExternalOrganisationKind.Department)
                    .MinAsync(o => o.Id));
        });
        string Id(string type, long id) => GlobalId.Encode(type, id);
        var department = Id("ExternalOrganisation", world.Department);
        IEnumerable<object> ForRequests(Func<string, object> input) =>
            SampleAndBeyond(world.Requests.Outside, world.Requests.Max).Select(id => input(Id("ServiceRequest", id)));
        IEnumerable<object> ForExtensions(Func<string, object> input) =>
            SampleAndBeyond(world.Extensions.Outside, world.Extensions.Max)
                .Select(id => input(Id("RequestExtension", id)));
        object Received(string unitId, string? gridId) => new
        {
            unitId, gridId, number = "ISO-1", kind = "CONSULTATION", callerName = "越权", summary = "越权",
        };
        var inputs = mutation switch
        {
            "receiveServiceRequest" => SampleAndBeyond(world.Units.Outside, world.Units.Max)
                .Select(id => Received(Id("OrgUnit", id), null))
                .Concat(SampleAndBeyond(world.Grids.Outside, world.Grids.Max)
                    .Select(id => Received(Id("OrgUnit", world.OwnUnit), Id("Grid", id)))),
            "reviewServiceRequest" => ForRequests(id => new { requestId = id, version = 0, decision = "ESCALATED" }),
            "divertServiceRequest" => ForRequests(id => new { requestId = id, version = 0, ticketNumber = "ISO" }),
            "dispatchServiceRequest" => ForRequests(id =>
                new { requestId = id, version = 0, departmentId = department }),
            "redispatchServiceRequest" => ForRequests(id =>
                new { requestId = id, version = 0, departmentId = department, reason = "越权" }),
            "replyServiceRequest" => ForRequests(id => new { requestId = id, version = 0, reply = "越权" }),
            "chaseServiceRequest" => ForRequests(id => new { requestId = id, note = "越权" }),
            "requestDeadlineExtension" => ForRequests(id => new { requestId = id, workingDays = 1, reason = "越权" }),
            "recordReturnVisit" => ForRequests(id => new { requestId = id, channel = "SMS", satisfied = true }),
            "scoreServiceRequest" => ForRequests(id =>
                new { requestId = id, effectiveness = 1, residentsEvaluation = 1, procedure = 1 }),
            "approveDeadlineExtension" or "declineDeadlineExtension" => ForExtensions(id => new { id, version = 0 }),
            _ => ForRequests(id => new { requestId = id, version = 0 }),
        };
        var mayWrite = world.Permissions.Contains(Permissions.RequestsWrite);
        var before = await RequestStateAsync();
        var client = factory.CreateGraphQLClient(clientId);

        await AssertEachNotFoundAsync(client, mutation, inputs, mayWrite);

        Assert.Equal(before, await RequestStateAsync());
    }

    /// <summary>Every request's stage and version, and how many rows each of its logs holds.</summary>
    private Task<string> RequestStateAsync() => factory.WithDbAsync(async db => string.Join('\n',
        (await db.ServiceRequests.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.Stage, r.Version })
            .ToListAsync()).Select(r => r.ToString()))
        + $"\n{await db.RequestReviews.CountAsync()} {await db.RequestDispatches.CountAsync()} "
        + $"{await db.RequestChases.CountAsync()} {await db.RequestExtensions.CountAsync(e => e.Decision == null)} "
        + $"{await db.ReturnVisits.CountAsync()} {await db.RequestScorings.CountAsync()}");
}
