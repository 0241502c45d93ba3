using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Registry;

namespace Gateway.Api.DemoData;

/// <summary>"One standard, three actuals" (一标三实): standard addresses, actual population, housing and units, with the
/// classified-archive counts the bureau reported — 211 rental houses (each with its landlord), 275 floating
/// residents, 31 persons with a mental-health risk, 200+ venues, the key-unit, key-location and
/// construction-site counts, and the 231 key-person controls — each record with its revisions: entered, then
/// verified on a later visit.</summary>
/// <remarks>What came with the registry's writes (landlords, the other venues, the controls) draws on a random source
/// of its own, so the rest of the demo stays as it was.</remarks>
internal sealed class DemoRegistry(SyntheticIdentities identities, Random random)
{
    private const int RegistryWritesSeed = 20171001;
    private const string RecordedBySeed = "system";
    private const int OtherVenues = 12;
    private const int KeyPersonControls = 231;

    private static readonly string[] OtherVenueKinds = ["棋牌室", "台球室", "茶楼", "洗浴中心"];

    private static readonly (HouseUse Use, int Count)[] HousesOnFile =
        [(HouseUse.OwnerOccupied, 262), (HouseUse.Rental, 211), (HouseUse.Vacant, 24), (HouseUse.Commercial, 30)];

    private const int FloatingResidents = 275;
    private const int MentalHealthRisks = 31;

    private static readonly (UnitCategory Category, int Count)[] UnitsOnFile =
    [
        (UnitCategory.Hotel, 70), (UnitCategory.Ktv, 20), (UnitCategory.InternetCafe, 9),
        (UnitCategory.FootMassage, 68), (UnitCategory.CourierOutlet, 24), (UnitCategory.KeyUnit, 95),
        (UnitCategory.KeyLocation, 20), (UnitCategory.ConstructionSite, 6),
    ];

    private static readonly (SpecialGroup Group, int Count)[] OtherSpecialGroups =
        [(SpecialGroup.Disabled, 15), (SpecialGroup.Veteran, 12)];

    private static readonly (KeyPersonCategory Category, int Count)[] KeyPersons =
        [(KeyPersonCategory.Released, 14), (KeyPersonCategory.Drug, 16), (KeyPersonCategory.Petitioner, 9),
            (KeyPersonCategory.Supervised, 12)];

    private static readonly (DateOnly From, DateOnly To) Elderly = (new(1936, 1, 1), new(1956, 12, 31));
    private static readonly (DateOnly From, DateOnly To) Adult = (new(1960, 1, 1), new(2004, 12, 31));
    private static readonly (DateOnly From, DateOnly To) Child = (new(2010, 1, 1), new(2020, 12, 31));

    /// <summary>Registered residents have been recorded since the offices opened; the floating population turns
    /// over.</summary>
    private static readonly DateOnly RegistryOpenedOn = new(2017, 4, 1);
    private static readonly DateOnly FloatingRecordsFrom = new(2024, 6, 1);

    private static readonly string[] Brands =
        ["金沙", "珙州", "鑫源", "顺达", "如意", "福临", "华美", "锦程", "平安", "吉祥", "悦来", "佳和", "恒丰", "和顺", "永兴",
         "宏达", "嘉禾", "兴隆", "蜀南", "竹海", "僰乡", "芙蓉", "龙腾", "新世纪", "百姓", "天天", "好运", "盛世", "东方", "南山"];

    private static readonly string[] Couriers = ["中通快递", "圆通速递", "申通快递", "韵达快递", "顺丰速运", "中国邮政", "极兔速递", "京东物流"];

    private static readonly string[] KeyUnitKinds =
        ["小学", "中学", "幼儿园", "卫生院", "社区卫生服务站", "农商银行网点", "邮政储蓄网点", "加油站", "燃气供应站", "大型超市",
         "农贸市场", "客运站", "供电营业厅", "大药房", "金店", "物流仓库", "医药公司", "水厂泵站", "电信营业厅"];

    private static readonly string[] KeyLocationKinds = ["广场", "公交站台", "桥头", "变电站", "地下通道"];

    private readonly Dictionary<Grid, GridAddressBook> addressBooks = [];
    private readonly List<House> houses = [];
    private readonly List<Resident> residents = [];
    private readonly Random writes = new(RegistryWritesSeed);
    private readonly SyntheticIdentities writeIdentities = new(new Random(RegistryWritesSeed + 1));

    public void Seed(GatewayDbContext db, IReadOnlyList<Grid> grids, IReadOnlyList<DemoOfficeTeam> teams)
    {
        foreach (var (use, count) in HousesOnFile)
            for (var i = 0; i < count; i++) AddHouse(random.Pick(grids), use);

        // Floating residents live in the rental houses: one in each, and a second in some.
        var rentals = houses.Where(h => h.Use == HouseUse.Rental).ToList();
        for (var i = 0; i < FloatingResidents; i++)
            AddResident(i < rentals.Count ? rentals[i] : random.Pick(rentals), Adult, Registration.Floating);

        Classify();
        var units = UnitsOnFile.SelectMany(u =>
            Enumerable.Range(0, u.Count).Select(i => Unit(random.Pick(grids), u.Category, i))).ToList();

        foreach (var rental in rentals)
            (rental.LandlordName, rental.LandlordPhone) = (writeIdentities.Name(), writeIdentities.Phone());
        var addressedGrids = addressBooks.Keys.ToList();
        units.AddRange(Enumerable.Range(0, OtherVenues).Select(i => OtherVenue(writes.Pick(addressedGrids), i)));

        db.StandardAddresses.AddRange(addressBooks.Values.SelectMany(book => book.Issued));
        db.Houses.AddRange(houses);
        db.Residents.AddRange(residents);
        db.RegisteredUnits.AddRange(units);
        db.RegistryRevisions.AddRange(houses.Concat<IRegistryRecord>(residents).Concat(units).SelectMany(Revisions));
        db.KeyPersonControls.AddRange(Controls(teams));
    }

    /// <summary>Entered, then verified on a later visit: the demo's records were entered before revisions itemised
    /// the fields, so the entry is dated without them.</summary>
    private static IEnumerable<RegistryRevision> Revisions(IRegistryRecord record)
    {
        record.Version = 1;
        var entity = (TenantOwnedEntity)record;
        var created = Revision(entity, 1, RevisionReason.Created, record.RecordedAt);
        var verified = Revision(entity, 2, RevisionReason.Verified, record.LastVerifiedAt);
        switch (record)
        {
            case Resident resident: (created.Resident, verified.Resident) = (resident, resident); break;
            case House house: (created.House, verified.House) = (house, house); break;
            case RegisteredUnit unit: (created.RegisteredUnit, verified.RegisteredUnit) = (unit, unit); break;
        }
        return [created, verified];
    }

    private static RegistryRevision Revision(TenantOwnedEntity record, int number, RevisionReason reason,
        DateTime at) => new()
    {
        OwnerUnit = record.OwnerUnit,
        RecordKind = record switch
        {
            Resident => RegistryRecordKind.Resident,
            House => RegistryRecordKind.House,
            _ => RegistryRecordKind.RegisteredUnit,
        },
        Number = number,
        Reason = reason,
        RecordedBy = RecordedBySeed,
        At = at,
    };

    /// <summary>The report's 231 key-person controls (person-times), spread over the key persons of each office and
    /// the last half year, each by the office's police officer or one of its auxiliaries.</summary>
    private IEnumerable<KeyPersonControl> Controls(IReadOnlyList<DemoOfficeTeam> teams)
    {
        var keyPersons = residents.Where(r => r.KeyPersonCategory is not null).ToList();
        var counts = writes.Split(KeyPersonControls, keyPersons.Count);
        var kinds = Enum.GetValues<KeyPersonControlKind>();
        for (var i = 0; i < counts.Length; i++)
        {
            var person = keyPersons[i];
            var team = teams.Single(t => t.Office.Unit == person.OwnerUnit);
            for (var n = 0; n < counts[i]; n++)
                yield return new KeyPersonControl
                {
                    OwnerUnit = person.OwnerUnit,
                    Resident = person,
                    Person = writes.Chance(0.5) ? team.Police : writes.Pick(team.Auxiliaries),
                    Kind = writes.Pick(kinds),
                    OccurredAt = writes.DuringOfficeHours(
                        writes.DayBetween(DemoCalendar.Today.AddDays(-180), DemoCalendar.Today.AddDays(-1))),
                };
        }
    }

    private void AddHouse(Grid grid, HouseUse use)
    {
        var book = AddressBook(grid);
        var streetFront = use == HouseUse.Commercial || (use == HouseUse.OwnerOccupied && random.Chance(0.25));
        var (recordedAt, verifiedAt) = RecordDates(use == HouseUse.Rental ? new(2022, 1, 1) : RegistryOpenedOn);
        var house = new House
        {
            OwnerUnit = grid.OwnerUnit,
            Grid = grid,
            Address = streetFront ? book.StreetDoor() : book.Flat(),
            Use = use,
            HolderName = identities.Name(),
            HolderPhone = identities.Phone(),
            Rooms = random.Next(1, 6),
            RecordedAt = recordedAt,
            UpdatedAt = recordedAt,
            LastVerifiedAt = verifiedAt,
        };
        houses.Add(house);
        // An owner-occupied house is held by the head of the household living in it.
        if (use != HouseUse.OwnerOccupied) return;
        var head = AddHousehold(house);
        (house.HolderName, house.HolderPhone) = (head.Name, head.Phone);
    }

    /// <summary>A registered household; returns its head. Some are elderly people living alone, some grandparents
    /// raising children whose parents work away.</summary>
    private Resident AddHousehold(House house)
    {
        var roll = random.NextDouble();
        if (roll < 0.12) return AddResident(house, Elderly, group: SpecialGroup.ElderlyLivingAlone);
        if (roll < 0.22)
        {
            var grandparent = AddResident(house, Elderly);
            if (random.Chance(0.5)) AddResident(house, Elderly);
            for (var children = random.Next(1, 3); children > 0; children--)
                AddResident(house, Child, group: SpecialGroup.LeftBehindChild);
            return grandparent;
        }
        var head = AddResident(house, Adult);
        if (random.Chance(0.8)) AddResident(house, Adult);
        for (var children = random.Next(0, 3); children > 0; children--) AddResident(house, Child);
        if (random.Chance(0.2)) AddResident(house, Elderly);
        return head;
    }

    private Resident AddResident(House house, (DateOnly From, DateOnly To) born,
        Registration registration = Registration.Registered, SpecialGroup? group = null)
    {
        var floating = registration == Registration.Floating;
        var (recordedAt, verifiedAt) =
            floating ? RecordDates(FloatingRecordsFrom) : (house.RecordedAt, house.LastVerifiedAt);
        var resident = new Resident
        {
            OwnerUnit = house.OwnerUnit,
            Grid = house.Grid,
            Address = house.Address,
            Name = identities.Name(),
            IdNumber = identities.IdNumber(born.From, born.To,
                floating ? random.Pick(SyntheticIdentities.OtherYibinDivisions) : SyntheticIdentities.GongCounty),
            Phone = born == Child ? null : identities.Phone(),
            Registration = registration,
            SpecialGroup = group,
            RecordedAt = recordedAt,
            UpdatedAt = recordedAt,
            LastVerifiedAt = verifiedAt,
        };
        residents.Add(resident);
        return resident;
    }

    /// <summary>Marks exact numbers of adults as mental-health risks, disabled or veterans, and key persons; no one
    /// twice.</summary>
    private void Classify()
    {
        var registered = new Queue<Resident>(Shuffled(
            residents.Where(r => r.Registration == Registration.Registered && r.SpecialGroup is null && IsAdult(r))));
        for (var i = 0; i < MentalHealthRisks; i++) registered.Dequeue().MentalHealthRisk = true;
        foreach (var (group, count) in OtherSpecialGroups)
            for (var i = 0; i < count; i++) registered.Dequeue().SpecialGroup = group;

        var anyAdult = new Queue<Resident>(
            Shuffled(residents.Where(r => r.SpecialGroup is null && !r.MentalHealthRisk && IsAdult(r))));
        foreach (var (category, count) in KeyPersons)
            for (var i = 0; i < count; i++) anyAdult.Dequeue().KeyPersonCategory = category;
    }

    /// <summary>Adults are told apart by the birth year inside the ID number.</summary>
    private static bool IsAdult(Resident resident)
    {
        var birthYear = int.Parse(resident.IdNumber.AsSpan(6, 4));
        return birthYear >= Adult.From.Year && birthYear <= Adult.To.Year;
    }

    private RegisteredUnit Unit(Grid grid, UnitCategory category, int index)
    {
        var address = AddressBook(grid).StreetDoor();
        var (recordedAt, verifiedAt) = RecordDates(RegistryOpenedOn);
        return new RegisteredUnit
        {
            OwnerUnit = grid.OwnerUnit,
            Grid = grid,
            Address = address,
            Category = category,
            Name = UnitName(category, index, address.Street),
            ContactName = identities.Name(),
            ContactPhone = identities.Phone(),
            RecordedAt = recordedAt,
            UpdatedAt = recordedAt,
            LastVerifiedAt = verifiedAt,
        };
    }

    /// <summary>A venue of none of the report's named kinds (棋牌室, 台球室, …), so the county holds 200+ venues.</summary>
    private RegisteredUnit OtherVenue(Grid grid, int index)
    {
        var address = addressBooks[grid].StreetDoor(writes);
        var recordedAt = writes.DuringOfficeHours(writes.DayBetween(RegistryOpenedOn, DemoCalendar.Today.AddDays(-60)));
        return new RegisteredUnit
        {
            OwnerUnit = grid.OwnerUnit,
            Grid = grid,
            Address = address,
            Category = UnitCategory.OtherVenue,
            Name = Brands[index] + OtherVenueKinds[index % OtherVenueKinds.Length],
            ContactName = writeIdentities.Name(),
            RecordedAt = recordedAt,
            UpdatedAt = recordedAt,
            LastVerifiedAt = writes.DuringOfficeHours(writes.DayBetween(DemoCalendar.Today.AddDays(-59),
                DemoCalendar.Today)),
        };
    }

    /// <summary>Venue names are distinct within their category; key units and locations are named after their
    /// street.</summary>
    private static string UnitName(UnitCategory category, int index, string street) => category switch
    {
        UnitCategory.Hotel => Brands[index % Brands.Length] + new[] { "宾馆", "酒店", "旅馆" }[index / Brands.Length],
        UnitCategory.Ktv => Brands[index] + "KTV",
        UnitCategory.InternetCafe => Brands[index] + "网吧",
        UnitCategory.FootMassage => Brands[index % Brands.Length] + new[] { "足浴", "足道", "养生馆" }[index / Brands.Length],
        UnitCategory.CourierOutlet => $"{Couriers[index % Couriers.Length]}{street}营业部",
        UnitCategory.KeyUnit => street + KeyUnitKinds[index % KeyUnitKinds.Length],
        UnitCategory.KeyLocation => street + KeyLocationKinds[index % KeyLocationKinds.Length],
        UnitCategory.ConstructionSite => $"{Brands[index]}{(index % 2 == 0 ? "小区" : "商业广场")}建设工地",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Records are revisited to keep them fresh: most were verified in the last half year.</summary>
    private (DateTime RecordedAt, DateTime VerifiedAt) RecordDates(DateOnly earliest)
    {
        var recordedOn = random.DayBetween(earliest, DemoCalendar.Today.AddDays(-1));
        var halfYearAgo = DemoCalendar.Today.AddDays(-180);
        var updatedFrom = random.Chance(0.7) && halfYearAgo > recordedOn ? halfYearAgo : recordedOn.AddDays(1);
        return (random.DuringOfficeHours(recordedOn),
            random.DuringOfficeHours(random.DayBetween(updatedFrom, DemoCalendar.Today)));
    }

    private GridAddressBook AddressBook(Grid grid)
    {
        if (!addressBooks.TryGetValue(grid, out var book))
            addressBooks[grid] = book = new GridAddressBook(grid, random);
        return book;
    }

    private Resident[] Shuffled(IEnumerable<Resident> candidates)
    {
        var shuffled = candidates.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }
}
