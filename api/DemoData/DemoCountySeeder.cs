using Gateway.Api.Data;

namespace Gateway.Api.DemoData;

public sealed class DemoCountySeeder(GatewayDbContext db)
{
    public Task SeedAsync() => db.SaveChangesAsync();
}
