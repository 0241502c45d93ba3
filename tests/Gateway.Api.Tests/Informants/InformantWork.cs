using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.Informants;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Informants;

/// <summary>Sending the informant mutations and reading the county's informants as stored.</summary>
public static class InformantWork
{
    private const string Errors = "errors { __typename ... on Error { code message path } }";

    /// <summary>Sends <paramref name="mutation"/> selecting <paramref name="result"/>; the payload.</summary>
    public static async Task<JsonNode> SendAsync(this GraphQLClient client, string mutation, object input,
        string result)
    {
        var response = await client.PostAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) "
            + $"{{ {mutation}(input: $input) {{ {result} {Errors} }} }}", new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    public static DateOnly Today(this GatewayApiFactory factory) =>
        CountyCalendar.Today(factory.Services.GetRequiredService<TimeProvider>());

    /// <summary>Every informant's status today, recounted from the stored authorisations and deactivations.</summary>
    public static Task<Dictionary<long, InformantStatus>> RecountedStatusesAsync(this GatewayApiFactory factory)
    {
        var today = factory.Today();
        return factory.WithDbAsync(async db =>
        {
            var periods = (await db.InformantAuthorisations.ToListAsync()).ToLookup(a => a.InformantId);
            return await db.Informants.ToDictionaryAsync(i => i.Id, i => i.DeactivatedOn is not null
                ? InformantStatus.Deactivated
                : periods[i.Id].Any(a => a.ValidFrom <= today && today <= a.ValidUntil) ? InformantStatus.Active
                : InformantStatus.Lapsed);
        });
    }

    /// <summary>The officer holding <paramref name="role"/> for the informant now.</summary>
    public static Task<long> HolderAsync(this GatewayApiFactory factory, long informantId, HandlingRole role) =>
        factory.WithDbAsync(db => db.InformantHandlings
            .Where(h => h.InformantId == informantId && h.Role == role && h.To == null).Select(h => h.PersonId)
            .SingleAsync());
}
