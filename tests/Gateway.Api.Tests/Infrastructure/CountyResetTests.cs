using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// Tests of one class share an app but not data: each of these writes what the other one must not find, so whichever
/// runs second fails unless the county was put back in between.
/// </summary>
public sealed class CountyResetTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Marker = "Written by an earlier test";

    [Fact]
    public Task A_test_does_not_see_the_rows_of_the_test_before_it() => FindNothingThenWriteAsync();

    [Fact]
    public Task Neither_does_the_other_one() => FindNothingThenWriteAsync();

    private async Task FindNothingThenWriteAsync()
    {
        Assert.False(await factory.WithDbAsync(db => db.ExternalOrganisations.AnyAsync(o => o.Name == Marker)));
        // The app still serves after a reset, with a token issued against the restored database.
        var offices = await factory.CreateGraphQLClient().QueryAsync("{ offices(first: 1) { nodes { code } } }");
        Assert.Single(offices.Nodes("offices"));

        await factory.WithDbAsync(db =>
        {
            db.Add(new ExternalOrganisation { Kind = ExternalOrganisationKind.Department, Name = Marker,
                NameZh = "测试" });
            return db.SaveChangesAsync();
        });
    }
}
