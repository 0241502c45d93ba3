using Gateway.Api.Data;
using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Api.Tests.Data;

public sealed class ModelValidationTests
{
    /// <summary>
    /// A required navigation from an unfiltered entity into a tenant-filtered one silently drops rows whose target the
    /// caller cannot see; EF warns about it when the model is built, and the model must give it no reason to.
    /// </summary>
    [Fact]
    public void No_required_navigation_leads_from_an_unfiltered_entity_into_a_filtered_one()
    {
        var options = new DbContextOptionsBuilder<SqliteGatewayDbContext>()
            .UseSqlite("Data Source=:memory:")
            .UseOpenIddict()
            .ConfigureWarnings(w =>
                w.Throw(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning))
            .Options;
        using var db = new SqliteGatewayDbContext(options, new TenantScope(), new ColumnProtector(new byte[32]));

        var exception = Record.Exception(() => db.Model);

        Assert.Null(exception);
    }
}
