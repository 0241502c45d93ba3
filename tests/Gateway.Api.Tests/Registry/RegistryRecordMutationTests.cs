using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Personnel.Staffing;

namespace Gateway.Api.Tests.Registry;

/// <summary>Standard addresses in the national format, houses with their landlords, units, and key-person controls,
/// over HTTP.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class RegistryRecordMutationTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");

    private async Task<object> AddressAsync(string divisionCode = "511526", string door = "88", string? room = "302",
        string? key = null) => new
    {
        gridId = Id("Grid", (await factory.PlaceAsync("nanjing")).Grid), divisionCode, street = "南井路",
        doorNumber = door, building = "3", buildingUnit = "2", floor = 3, room, idempotencyKey = key,
    };

    [Fact]
    public async Task A_standard_address_in_the_national_format_is_created_once_with_its_revision()
    {
        var input = await AddressAsync(key: "address-once");

        var address = (await Nanjing.WriteAsync("createStandardAddress", input)).Made("standardAddress");
        var state = await factory.RegistryStateAsync();
        var retry = (await Nanjing.WriteAsync("createStandardAddress", input)).Made("standardAddress");

        Assert.Equal("南井路 88号 3栋 2单元 3楼 302室", address.Str("text"));
        Assert.Equal(address.Str("id"), retry.Str("id"));
        Assert.Equal(state, await factory.RegistryStateAsync());
        Assert.Equal("CREATED", Assert.Single(address["revisions"]!.Items("nodes")).Str("reason"));
    }

    [Theory]
    [InlineData("511526000000", "88", null)]
    [InlineData("5115", "88", "input.divisionCode")]
    [InlineData("51152A", "88", "input.divisionCode")]
    [InlineData("511526", " ", "input.doorNumber")]
    public async Task A_division_code_has_6_or_12_digits_and_a_door_number_is_required(string divisionCode,
        string door, string? errorPath)
    {
        var payload = await Nanjing.WriteAsync("createStandardAddress", await AddressAsync(divisionCode, door));

        if (errorPath is null) payload.Made("standardAddress");
        else Assert.Equal(("ValidationError", "VALIDATION", errorPath), payload.Refusal("standardAddress"));
    }

    [Fact]
    public async Task An_identical_address_in_the_grid_is_refused_and_an_update_may_not_make_one()
    {
        var first = (await Nanjing.WriteAsync("createStandardAddress", await AddressAsync())).Made("standardAddress");
        var other = (await Nanjing.WriteAsync("createStandardAddress", await AddressAsync(room: "303")))
            .Made("standardAddress");

        var again = await Nanjing.WriteAsync("createStandardAddress", await AddressAsync());
        var update = await Nanjing.WriteAsync("updateStandardAddress", new
        {
            id = other.Str("id"), version = 0, divisionCode = "511526", street = "南井路", doorNumber = "88",
            building = "3", buildingUnit = "2", floor = 3, room = "302",
        });

        Assert.Equal(("DuplicateAddressError", "DUPLICATE_ADDRESS", "input.doorNumber"),
            again.Refusal("standardAddress"));
        Assert.Equal("DUPLICATE_ADDRESS", update.Refusal("standardAddress").Code);
        Assert.NotEqual(first.Str("id"), other.Str("id"));
    }

    [Fact]
    public async Task A_rental_house_needs_its_landlord_whose_phone_is_kept_out_of_the_history()
    {
        var (grid, address) = await factory.PlaceAsync("nanjing");
        object House(string? landlord) => new
        {
            gridId = Id("Grid", grid), addressId = Id("StandardAddress", address), use = "RENTAL", holderName = "王房主",
            landlordName = landlord, landlordPhone = "13600003333", rooms = 3,
        };

        var refused = await Nanjing.WriteAsync("createHouse", House(null));
        var house = (await Nanjing.WriteAsync("createHouse", House("王房东"))).Made("house");
        var cleared = await Nanjing.WriteAsync("updateHouse", new
        {
            id = house.Str("id"), version = 0, use = "RENTAL", holderName = "王房主", rooms = 3,
        });

        Assert.Equal(("HouseRentalNeedsLandlordError", "HOUSE_RENTAL_NEEDS_LANDLORD", "input.landlordName"),
            refused.Refusal("house"));
        Assert.Equal(("王房东", "13600003333"), (house.Str("landlordName"), house.Str("landlordPhone")));
        Assert.Equal("HOUSE_RENTAL_NEEDS_LANDLORD", cleared.Refusal("house").Code);
        var revision = await factory.WithDbAsync(db => db.RegistryRevisions
            .SingleAsync(r => r.HouseId == JsonExtensions.RowId(house.Str("id"), "House")));
        Assert.DoesNotContain("13600003333", revision.ChangesJson);
        Assert.Contains(revision.Changes(), c => c is { Field: "landlordPhone", Sensitive: true });
    }

    [Fact]
    public async Task A_unit_is_created_updated_moved_and_verified_each_write_a_revision()
    {
        var (grid, address) = await factory.PlaceAsync("nanjing");
        var (otherGrid, _) = await factory.PlaceAsync("nanjing", index: 1);

        var unit = (await Nanjing.WriteAsync("createRegisteredUnit", new
        {
            gridId = Id("Grid", grid), addressId = Id("StandardAddress", address), category = "OTHER_VENUE",
            name = "南井棋牌室", contactName = "李经理", contactPhone = "13500004444",
        })).Made("unit");
        (await Nanjing.WriteAsync("updateRegisteredUnit", new
        {
            id = unit.Str("id"), version = 0, category = "OTHER_VENUE", name = "南井茶楼", contactName = "李经理",
        })).Made("unit");
        (await Nanjing.WriteAsync("moveRegisteredUnit",
            new { id = unit.Str("id"), version = 1, gridId = Id("Grid", otherGrid) })).Made("unit");
        var verified = (await Nanjing.WriteAsync("verifyRegisteredUnit", new { id = unit.Str("id"), version = 2 }))
            .Made("unit");

        Assert.Equal(("南井茶楼", "13500004444", (string?)null), (verified.Str("name"), verified.Str("contactPhone"),
            verified.RefId("address")));
        Assert.Equal(["CREATED:1", "UPDATED:2", "MOVED:3", "VERIFIED:4"], verified["revisions"]!.Items("nodes")
            .Select(r => $"{r.Str("reason")}:{r["number"]!.GetValue<int>()}"));
    }

    [Fact]
    public async Task A_retired_grid_keeps_its_records_and_takes_no_new_ones()
    {
        var pilot = await factory.WithDbAsync(db =>
            db.Grids.Where(g => g.Code == "NJ-00").Select(g => g.Id).SingleAsync());
        var (grid, address) = await factory.PlaceAsync("nanjing");
        var unit = (await Nanjing.WriteAsync("createRegisteredUnit", new
        {
            gridId = Id("Grid", grid), addressId = Id("StandardAddress", address), category = "OTHER_VENUE",
            name = "南井书屋",
        })).Made("unit");
        var state = await factory.RegistryStateAsync();

        var created = await Nanjing.WriteAsync("createStandardAddress", new
        {
            gridId = Id("Grid", pilot), divisionCode = "511526", street = "南井路", doorNumber = "1",
        });
        var moved = await Nanjing.WriteAsync("moveRegisteredUnit",
            new { id = unit.Str("id"), version = 0, gridId = Id("Grid", pilot) });

        Assert.Equal(("GridRetiredError", "GRID_RETIRED", "input.gridId"), created.Refusal("standardAddress"));
        Assert.Equal(("GridRetiredError", "GRID_RETIRED", "input.gridId"), moved.Refusal("unit"));
        Assert.Equal(state, await factory.RegistryStateAsync());
    }

    [Fact]
    public async Task A_key_person_control_is_recorded_for_key_persons_only()
    {
        var keyPerson = await factory.ResidentOfAsync("nanjing", q => q.Where(r => r.KeyPersonCategory != null));
        var other = await factory.ResidentOfAsync("nanjing", q => q.Where(r => r.KeyPersonCategory == null));
        var officer = await factory.RunningPostingAsync("nanjing", Api.Personnel.AssignmentRole.OfficePolice);
        object Control(long resident, string at) => new
        {
            residentId = Id("Resident", resident), personId = IdOf(officer.Person!), kind = "WHEREABOUTS_CHECK",
            occurredAt = at, note = "核查行踪",
        };

        var recorded = (await Nanjing.WriteAsync("recordKeyPersonControl",
            Control(keyPerson.Id, "2026-11-30T09:00:00+08:00"))).Made("keyPersonControl");
        var notKey = await Nanjing.WriteAsync("recordKeyPersonControl", Control(other.Id, "2026-11-30T09:00:00+08:00"));
        var future = await Nanjing.WriteAsync("recordKeyPersonControl",
            Control(keyPerson.Id, DateTime.UtcNow.AddHours(1).ToString("O")));

        Assert.Equal((Id("Resident", keyPerson.Id), "WHEREABOUTS_CHECK"),
            (recorded.RefId("resident"), recorded.Str("kind")));
        Assert.Equal(("NotAKeyPersonError", "NOT_A_KEY_PERSON", "input.residentId"),
            notKey.Refusal("keyPersonControl"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.occurredAt"), future.Refusal("keyPersonControl"));
    }
}
