using System.Net;
using Gateway.Api.Audit;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Authorization;

internal static class AccessAssertions
{
    /// <summary>
    /// Refused at validation: 400, no data, only ACCESS_DENIED errors, one naming each of <paramref name="fields"/>
    /// (as <c>Type.field</c>), and not a word about which permissions exist.
    /// </summary>
    public static void AssertDenied(this GraphQLResponse response, params string[] fields)
    {
        Assert.True(response.Status == HttpStatusCode.BadRequest, $"Expected 400 ACCESS_DENIED, got {response}");
        Assert.True(response.Data is null, $"A refused request must not execute: {response.Body}");
        Assert.NotEmpty(response.Errors);
        Assert.All(response.ErrorCodes, code => Assert.Equal(PermissionValidationRule.AccessDenied, code));
        foreach (var field in fields)
            Assert.True(response.ErrorMessages.Any(m => m!.Contains($"`{field}`", StringComparison.Ordinal)),
                $"No error names `{field}`: {response.Body}");
        Assert.All(Permissions.All, permission => Assert.DoesNotContain(permission, response.Body));
    }

    /// <summary>The audit records of <paramref name="operation"/> written for <paramref name="clientId"/>.</summary>
    public static Task<List<AuditRecord>> AuditRecordsAsync(this GatewayApiFactory factory, string operation,
        string clientId) =>
        factory.WithDbAsync(db => db.AuditRecords.Where(r => r.Operation == operation && r.ClientId == clientId)
            .OrderBy(r => r.Id).ToListAsync());

    public static IReadOnlyList<string> Objects(this AuditRecord record) =>
        record.ObjectIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
