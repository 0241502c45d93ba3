using Gateway.Api.Grids;

namespace Gateway.Api.DemoData;

/// <summary>Hands out distinct standard addresses (division + street + door + building + unit + floor + room) inside
/// one grid: flats in a few residential compounds, and street-front doors.</summary>
internal sealed class GridAddressBook
{
    private const int CompoundsPerGrid = 3;

    private readonly Grid grid;
    private readonly Random random;
    private readonly string[] streets;
    private readonly Dictionary<string, int> lastDoorNumbers = [];
    private readonly List<(string Street, string Door)> compounds = [];
    private readonly HashSet<string> issuedFlats = [];

    public GridAddressBook(Grid grid, Random random)
    {
        this.grid = grid;
        this.random = random;
        streets = grid.Streets.Split('、');
        for (var i = 0; i < CompoundsPerGrid; i++)
        {
            var street = random.Pick(streets);
            compounds.Add((street, NextDoor(street, random)));
        }
    }

    public List<StandardAddress> Issued { get; } = [];

    public StandardAddress StreetDoor() => StreetDoor(random);

    /// <summary>A street-front door drawn with <paramref name="draw"/>, numbered after the doors issued so
    /// far.</summary>
    public StandardAddress StreetDoor(Random draw)
    {
        var street = draw.Pick(streets);
        return Issue(street, NextDoor(street, draw));
    }

    public StandardAddress Flat()
    {
        while (true)
        {
            var (street, door) = random.Pick(compounds);
            var (building, unit, floor) = (random.Next(1, 9), random.Next(1, 4), random.Next(1, 8));
            var room = $"{floor}0{random.Next(1, 5)}";
            if (issuedFlats.Add($"{street}/{door}/{building}/{unit}/{room}"))
                return Issue(street, door, building.ToString(), unit.ToString(), floor, room);
        }
    }

    private string NextDoor(string street, Random draw)
    {
        var door = lastDoorNumbers.GetValueOrDefault(street) + draw.Next(1, 5);
        lastDoorNumbers[street] = door;
        return door.ToString();
    }

    private StandardAddress Issue(string street, string door, string? building = null, string? unit = null,
        int? floor = null, string? room = null)
    {
        var address = new StandardAddress
        {
            OwnerUnit = grid.OwnerUnit,
            Grid = grid,
            DivisionCode = SyntheticIdentities.GongCounty,
            Street = street,
            DoorNumber = door,
            Building = building,
            BuildingUnit = unit,
            Floor = floor,
            Room = room,
        };
        Issued.Add(address);
        return address;
    }
}
