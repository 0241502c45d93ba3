using System.Text.Json;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;

namespace Gateway.Api.DemoData;

/// <summary>"One standard, three actuals" (一标三实): standard addresses, actual population, housing and units. Each
/// running grid holds about as many occupied houses (households) as it was drawn for, with about two registered
/// residents to a household; a few grids deliberately differ, so the report of declared against registered
/// households has something to find. On top, the classified-archive counts the bureau reported — 211 rental houses
/// (each with its landlord), 275 floating residents, 31 persons with a mental-health risk, 200+ venues, the key-unit,
/// key-location and construction-site counts, and the 231 key-person controls. Every record carries its revisions:
/// entered, verified on a later visit, and during the field-work period written again by the offices' staff, each
/// write of a resident counting as a population record (人口信息录入) exactly as the API derives it.</summary>
/// <remarks>What came with the registry's writes (landlords, the other venues, the controls) draws on a random source
/// of its own, and so do the field-work period's writes.</remarks>
internal sealed class DemoRegistry(SyntheticIdentities identities, Random random)
{
    private const int RegistryWritesSeed = 20171001;
    private const int PopulationRecordsSeed = 20261001;
    private const string RecordedBySeed = "system";
    private const int OtherVenues = 12;
    private const int KeyPersonControls = 231;
    private const int Rentals = 211;
    private const int FloatingResidents = 275;
    /// <summary>Floating residents who moved in during the field-work period: entered by the office's staff.</summary>
    private const int FloatingArrivals = 48;
    private const int MentalHealthRisks = 31;

    /// <summary>The grids whose registry deliberately differs from the households they were drawn for: one lags the
    /// declaration by more than a tenth (a new compound not yet entered), one by a few hundredths, one holds more
    /// (households moved in since the grid was drawn). Every other grid holds its declaration, or within a few
    /// households of it.</summary>
    public static readonly IReadOnlyDictionary<string, double> RegisteredAgainstDeclared =
        new Dictionary<string, double> { ["LX-03"] = 0.84, ["AM-04"] = 0.93, ["XQ-02"] = 1.09 };

    private static readonly string[] OtherVenueKinds = ["棋牌室", "台球室", "茶楼", "洗浴中心"];

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
    private readonly List<RegisteredUnit> units = [];
    private readonly List<KeyPersonControl> controls = [];
    private readonly Random writes = new(RegistryWritesSeed);
    private readonly SyntheticIdentities writeIdentities = new(new Random(RegistryWritesSeed + 1));
    private readonly Random records = new(PopulationRecordsSeed);

    /// <summary>Every write after a record's entry (verifications, the period's updates), by record.</summary>
    private readonly Dictionary<IRegistryRecord, List<Write>> laterWrites = [];
    /// <summary>Records entered by a person during the period: who entered them.</summary>
    private readonly Dictionary<IRegistryRecord, string> enteredBy = [];
    private readonly List<(FieldWorkEvent Entry, Resident Resident)> populationRecords = [];
    private readonly Dictionary<OrgUnit, List<Resident>> residentsByOffice = [];
    private readonly Dictionary<(OrgUnit Office, DateOnly Day), List<House>> arrivals = [];

    private sealed record Write(RevisionReason Reason, DateTime At, string RecordedBy, string ChangesJson);

    public IReadOnlyList<Resident> Residents => residents;

    /// <summary>Houses, households, units and controls, in memory: the period's writes come on top before they are
    /// stored.</summary>
    public void Build(IReadOnlyList<Grid> grids, IReadOnlyList<DemoOfficeTeam> teams)
    {
        var rentals = random.Split(Rentals, grids.Count);
        for (var i = 0; i < grids.Count; i++) AddGridHouses(grids[i], rentals[i]);

        // Floating residents live in the rental houses: one in each, and a second in some; the last of them moved
        // in during the field-work period and are entered then.
        var rentalHouses = houses.Where(h => h.Use == HouseUse.Rental).ToList();
        for (var i = 0; i < FloatingResidents - FloatingArrivals; i++)
            AddResident(i < rentalHouses.Count ? rentalHouses[i] : random.Pick(rentalHouses), Adult,
                Registration.Floating);
        for (var i = 0; i < FloatingArrivals; i++)
        {
            var house = random.Pick(rentalHouses);
            var due = (house.OwnerUnit!, random.Pick(DemoCalendar.FieldWorkDays));
            if (!arrivals.TryGetValue(due, out var houses)) arrivals[due] = houses = [];
            houses.Add(house);
        }

        Classify();
        units.AddRange(UnitsOnFile.SelectMany(u =>
            Enumerable.Range(0, u.Count).Select(i => Unit(random.Pick(grids), u.Category, i))));

        foreach (var rental in rentalHouses)
            (rental.LandlordName, rental.LandlordPhone) = (writeIdentities.Name(), writeIdentities.Phone());
        var addressedGrids = addressBooks.Keys.ToList();
        units.AddRange(Enumerable.Range(0, OtherVenues).Select(i => OtherVenue(writes.Pick(addressedGrids), i)));
        controls.AddRange(Controls(teams));
        foreach (var group in residents.GroupBy(r => r.OwnerUnit!))
            residentsByOffice[group.Key] = [.. group];
    }

    /// <summary>
    /// One office's population records of a day, written by its staff on duty as the API writes them: a floating
    /// resident who moved in that day is entered, other residents of the office have their details recorded as they
    /// now stand; each write a revision and a population-record entry of its writer, received a few minutes later.
    /// About 20–25 on most days and fewer on some, so the daily quota is missed now and then.
    /// </summary>
    public void EnterPopulationRecords(DemoOfficeTeam team, DateOnly day, IReadOnlyList<Person> writers)
    {
        var office = team.Office.Unit;
        var count = records.Chance(0.88) ? records.Next(20, 26) : records.Next(8, 20);
        var arriving = arrivals.GetValueOrDefault((office, day)) ?? [];
        var terminal = TerminalOf(team);
        // In the order written: an arrival is entered before anyone can update it.
        var times = Enumerable.Range(0, count).Select(_ => records.DuringOfficeHours(day)).Order().ToList();
        for (var i = 0; i < count; i++)
        {
            var (writer, at) = (records.Pick(writers), times[i]);
            Resident resident;
            if (i < arriving.Count)
            {
                resident = AddResident(arriving[i], Adult, Registration.Floating);
                (resident.RecordedAt, resident.UpdatedAt, resident.LastVerifiedAt) = (at, at, at);
                enteredBy[resident] = terminal;
                residentsByOffice[office].Add(resident);
            }
            else
            {
                resident = records.Pick(residentsByOffice[office]);
                var phoneChanged = resident.Phone is not null && records.Chance(0.3);
                if (phoneChanged) resident.Phone = identities.Phone();
                LaterWrites(resident).Add(new Write(RevisionReason.Updated, at, terminal,
                    phoneChanged ? PhoneChanged : "[]"));
            }
            populationRecords.Add((new FieldWorkEvent
            {
                OwnerUnit = office, Person = writer, Grid = resident.Grid, Kind = FieldWorkKind.PopulationRecordEntry,
                OccurredAt = at, ReceivedAt = at.AddMinutes(records.Next(2, 11)), Count = 1, RecordedBy = writer,
                RecordedByClient = terminal, Status = FieldWorkStatus.Active,
            }, resident));
        }
    }

    /// <summary>The staff write through the office's mobile police terminal (移动警务终端), whose client id the
    /// revisions name as their writer; the population-record entries name the person.</summary>
    private static string TerminalOf(DemoOfficeTeam team) => "demo-" + team.Office.Unit.Code;

    private static readonly string PhoneChanged = JsonSerializer.Serialize(
        new[] { new RegistryFieldChange("phone", null, null, Sensitive: true) });

    /// <summary>Stores the registry: addresses, records, their revisions in the order they were written, the
    /// key-person controls and the population records the period's writes entered.</summary>
    public void Store(DemoRows rows)
    {
        // The revisions first: they settle each record's version and dates, which the record's row then stores.
        var revisions = houses.Concat<IRegistryRecord>(residents).Concat(units).SelectMany(Revisions).ToList();
        var addresses = addressBooks.Values.SelectMany(book => book.Issued).ToList();
        rows.Insert(addresses);
        rows.Insert(houses);
        rows.Insert(residents);
        rows.Insert(units);
        // An entry during the period lists the fields it filled, ids included: known now.
        foreach (var revision in revisions.Where(r => r.Number == 1 && r.Resident is { } resident
            && enteredBy.ContainsKey(resident)))
            revision.ChangesJson = Itemised(revision.Resident!);
        var entered = houses.Concat<IRegistryRecord>(units).Where(r => r.AddressId is not null)
            .GroupBy(r => r.AddressId!.Value).ToDictionary(g => g.Key, g => g.Min(r => r.RecordedAt));
        rows.Insert([.. addresses.Select(a => AddressEntered(a, entered[a.Id])), .. revisions]);
        rows.Insert(controls);
        foreach (var (entry, resident) in populationRecords) entry.ResidentId = resident.Id;
        rows.Insert([.. populationRecords.Select(r => r.Entry)]);
    }

    private List<Write> LaterWrites(IRegistryRecord record)
    {
        if (!laterWrites.TryGetValue(record, out var list)) laterWrites[record] = list = [];
        return list;
    }

    private static RegistryRevision AddressEntered(StandardAddress address, DateTime at) =>
        Revision(address, 1, new Write(RevisionReason.Created, at, RecordedBySeed, "[]"));

    /// <summary>A record's revisions in the order written: its entry, then its verifications and updates. The
    /// record's version, last change and last check follow from them, as the API's writes would have left them.
    /// Records entered before the period predate itemised revisions, so their entry lists no fields.</summary>
    private IEnumerable<RegistryRevision> Revisions(IRegistryRecord record)
    {
        var entity = (TenantOwnedEntity)record;
        var created = new Write(RevisionReason.Created, record.RecordedAt,
            enteredBy.GetValueOrDefault(record, RecordedBySeed), "[]");
        var later = LaterWrites(record);
        if (!enteredBy.ContainsKey(record))
            later.Add(new Write(RevisionReason.Verified, record.LastVerifiedAt, RecordedBySeed, "[]"));
        Write[] all = [created, .. later.OrderBy(w => w.At)];
        record.Version = all.Length - 1;
        record.UpdatedAt = all.Where(w => w.Reason != RevisionReason.Verified).Max(w => w.At);
        record.LastVerifiedAt = all.Max(w => w.At);
        return all.Select((write, i) => Revision(entity, i + 1, write));
    }

    /// <summary>The fields a resident's entry filled, as the API lists them (sensitive ones by name only).</summary>
    private static string Itemised(Resident resident) => JsonSerializer.Serialize(new[]
    {
        new RegistryFieldChange("gridId", null, GlobalId.Encode(nameof(Grid), resident.GridId), Sensitive: false),
        new RegistryFieldChange("addressId", null, GlobalId.Encode(nameof(StandardAddress), resident.AddressId!.Value),
            Sensitive: false),
        new RegistryFieldChange("name", null, resident.Name, Sensitive: false),
        new RegistryFieldChange("idNumber", null, null, Sensitive: true),
        new RegistryFieldChange("phone", null, null, Sensitive: true),
        new RegistryFieldChange("registration", null, "FLOATING", Sensitive: false),
    });

    private static RegistryRevision Revision(TenantOwnedEntity record, int number, Write write)
    {
        var revision = new RegistryRevision
        {
            OwnerUnit = record.OwnerUnit,
            RecordKind = record switch
            {
                StandardAddress => RegistryRecordKind.StandardAddress,
                Resident => RegistryRecordKind.Resident,
                House => RegistryRecordKind.House,
                _ => RegistryRecordKind.RegisteredUnit,
            },
            Number = number,
            Reason = write.Reason,
            ChangesJson = write.ChangesJson,
            RecordedBy = write.RecordedBy,
            At = write.At,
        };
        switch (record)
        {
            case StandardAddress address: revision.StandardAddress = address; break;
            case Resident resident: revision.Resident = resident; break;
            case House house: revision.House = house; break;
            case RegisteredUnit unit: revision.RegisteredUnit = unit; break;
        }
        return revision;
    }

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

    /// <summary>The grid's houses: as many households (owner-occupied and rented) as the grid was drawn for, or as
    /// deliberately differs, with some vacant and commercial houses on top.</summary>
    private void AddGridHouses(Grid grid, int rentals)
    {
        var households = RegisteredAgainstDeclared.TryGetValue(grid.Code, out var share)
            ? (int)Math.Round(grid.Households * share)
            : grid.Households + (random.Chance(0.6) ? 0 : random.Next(-3, 4));
        for (var i = 0; i < households - rentals; i++) AddHouse(grid, HouseUse.OwnerOccupied);
        for (var i = 0; i < rentals; i++) AddHouse(grid, HouseUse.Rental);
        for (var i = random.Next(6, 16); i > 0; i--) AddHouse(grid, HouseUse.Vacant);
        for (var i = random.Next(3, 10); i > 0; i--) AddHouse(grid, HouseUse.Commercial);
    }

    private void AddHouse(Grid grid, HouseUse use)
    {
        var book = AddressBook(grid);
        var streetFront = use == HouseUse.Commercial || (use == HouseUse.OwnerOccupied && random.Chance(0.1));
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

    /// <summary>A registered household, about two people on average; returns its head. Some are elderly people
    /// living alone, some grandparents raising children whose parents work away.</summary>
    private Resident AddHousehold(House house)
    {
        var roll = random.NextDouble();
        if (roll < 0.12) return AddResident(house, Elderly, group: SpecialGroup.ElderlyLivingAlone);
        if (roll < 0.2)
        {
            var grandparent = AddResident(house, Elderly);
            if (random.Chance(0.4)) AddResident(house, Elderly);
            for (var children = random.Next(1, 3); children > 0; children--)
                AddResident(house, Child, group: SpecialGroup.LeftBehindChild);
            return grandparent;
        }
        var head = AddResident(house, Adult);
        if (random.Chance(0.6)) AddResident(house, Adult);
        if (random.Chance(0.45)) AddResident(house, Child);
        if (random.Chance(0.1)) AddResident(house, Elderly);
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
        var recordedAt = writes.DuringOfficeHours(
            writes.DayBetween(RegistryOpenedOn, DemoCalendar.FieldWorkDays[0].AddDays(-1)));
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

    /// <summary>Records on file were entered before the field-work period (whose entries are the staff's own), and
    /// are revisited to keep them fresh: most were verified in the last half year.</summary>
    private (DateTime RecordedAt, DateTime VerifiedAt) RecordDates(DateOnly earliest)
    {
        var recordedOn = random.DayBetween(earliest, DemoCalendar.FieldWorkDays[0].AddDays(-1));
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
