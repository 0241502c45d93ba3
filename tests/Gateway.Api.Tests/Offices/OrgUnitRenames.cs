using System.Net.Http.Headers;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Offices;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Offices;

/// <summary>Sends <c>renameOrgUnit</c> the way a client does and reads units back as the system sees them.</summary>
internal static class OrgUnitRenames
{
    public const string Document = """
        mutation Rename($input: RenameOrgUnitInput!) {
          renameOrgUnit(input: $input) {
            orgUnit { id code name nameZh version }
            errors { __typename ... on Error { message code path } }
          }
        }
        """;

    /// <summary>Renames with the version the seed leaves every unit at, unless another is given.</summary>
    public static Task<GraphQLResponse> RenameAsync(this GraphQLClient client, string id, string name, string nameZh,
        int version = 0) =>
        client.PostAsync(Document, new { input = new { id, name, nameZh, version } });

    /// <summary>The same request with an Accept-Language header, or none for null.</summary>
    public static Task<GraphQLResponse> RenameAsync(this GraphQLClient client, string id, string name, string nameZh,
        string? acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(
                new { query = Document, variables = new { input = new { id, name, nameZh, version = 0 } } })),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(GraphQLClient.ApplicationJson);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return client.SendAsync(request);
    }

    public static string IdOf(OrgUnit unit) => GlobalId.Encode("OrgUnit", unit.Id);

    public static Task<OrgUnit> UnitAsync(this GatewayApiFactory factory, string code) =>
        factory.WithDbAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code));

    public static Task<long> LastAuditIdAsync(this GatewayApiFactory factory) =>
        factory.WithDbAsync(async db => await db.AuditRecords.MaxAsync(r => (long?)r.Id) ?? 0);
}
