using Gateway.Api.Data;
using Gateway.Api.Informants;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;

namespace Gateway.Api.DemoData;

/// <summary>112 informants on file with the offices and the station: code names kept apart from real identities,
/// handler and controller periods, contacts, training, graded tips passed on, and reward ledgers of 50–500 yuan
/// approved by the station director, never by the handler. Each has the authorisation granted at recruitment, twelve
/// months long; a few were let lapse or deactivated.</summary>
internal sealed class DemoInformants(DemoOrganisation organisation, DemoStaff staff, SyntheticIdentities identities,
    Random random)
{
    private static readonly Dictionary<string, int> OnFile = new()
    {
        ["NJ"] = 26, ["LX"] = 24, ["AM"] = 23, ["XQ"] = 22, [DemoOrganisation.StationPrefix] = 17,
    };

    private static readonly string[] Directions =
    [
        "关注辖区出租房新入住人员情况", "留意夜宵摊周边聚集滋事苗头", "关注涉毒可疑人员活动", "留意盗窃电动车可疑人员",
        "关注寄递网点可疑包裹", "了解辖区矛盾纠纷苗头", "留意非法集资、高息揽储宣传",
    ];

    private static readonly string[] TipContents =
    [
        "某出租屋夜间人员进出频繁，疑似聚众赌博", "有陌生人在小区内挨户查看门锁", "夜宵摊附近有人兜售不明药品",
        "一辆无牌三轮车多次在深夜运送电缆", "有人在街头推销高息理财，疑似非法集资", "两伙人因债务纠纷扬言约架",
        "一名外地男子长期在网吧逗留，形迹可疑", "路边停放的多辆车车窗被砸",
    ];

    private static readonly string[] Recipients =
        ["巡场片区责任区刑侦中队", "城区特巡警中队", "县局禁毒大队", "县局治安大队", "巡场派出所警务指挥室"];

    /// <summary>The actor the seeded ledger and authorisation rows name, as the audit log names start-up
    /// work.</summary>
    private const string SeedActor = "system";

    private readonly List<Informant> informants = [];
    private readonly List<InformantHandling> handlings = [];
    private readonly List<InformantContact> contacts = [];
    private readonly List<InformantTasking> taskings = [];
    private readonly List<InformantTraining> trainings = [];
    private readonly List<Tip> tips = [];
    private readonly List<TipDissemination> disseminations = [];
    private readonly List<Reward> rewards = [];
    private readonly List<RewardEntry> rewardEntries = [];
    private readonly List<InformantAuthorisation> authorisations = [];

    public void Seed(GatewayDbContext db)
    {
        // Controllers are the two senior officers of the criminal-investigation squad; the squad's others handle the
        // station's own informants, and each office's officer and auxiliaries handle the office's.
        var investigators = staff.OfficersOf(SquadKind.CriminalInvestigation).ToList();
        var controllers = investigators[..2];
        foreach (var team in staff.Teams)
            AddOwned(team.Office.Unit, [team.Police, .. team.Auxiliaries], controllers);
        AddOwned(organisation.Station, investigators[2..], controllers);

        db.Informants.AddRange(informants);
        db.InformantHandlings.AddRange(handlings);
        db.InformantContacts.AddRange(contacts);
        db.InformantTaskings.AddRange(taskings);
        db.InformantTrainings.AddRange(trainings);
        db.Tips.AddRange(tips);
        db.TipDisseminations.AddRange(disseminations);
        db.Rewards.AddRange(rewards);
        db.RewardEntries.AddRange(rewardEntries);
        db.InformantAuthorisations.AddRange(authorisations);
    }

    /// <summary>A unit's informants, with code names numbered in order of recruitment ("NJ-XX-017").</summary>
    private void AddOwned(OrgUnit owner, List<Person> handlers, List<Person> controllers)
    {
        var prefix = organisation.PrefixOf(owner);
        var owned = Enumerable.Range(0, OnFile[prefix]).Select(_ => Recruit(owner, handlers, controllers)).ToList();
        var sequence = 0;
        foreach (var informant in owned.OrderBy(i => i.RecruitedOn))
            informant.CodeName = $"{prefix}-XX-{++sequence:D3}";
    }

    private Informant Recruit(OrgUnit owner, List<Person> handlers, List<Person> controllers)
    {
        var today = DemoCalendar.Today;
        var roll = random.NextDouble();
        // The status as of the demo's "today"; the service computes it from the authorisation against its own clock.
        var (status, recruitedOn) = roll switch
        {
            < 0.06 =>
                (InformantStatus.Lapsed, random.DayBetween(today.AddMonths(-16), today.AddMonths(-12).AddDays(-1))),
            < 0.09 => (InformantStatus.Deactivated, random.DayBetween(today.AddMonths(-30), today.AddMonths(-13))),
            _ => (InformantStatus.Active, random.DayBetween(today.AddMonths(-12).AddDays(1), today.AddDays(-7))),
        };
        var authorisedUntil = InformantAuthorisation.EndOfPeriodFrom(recruitedOn);
        // Work with the informant stops at deactivation or when the authorisation lapses.
        var lastDay = status switch
        {
            InformantStatus.Deactivated => random.DayBetween(recruitedOn.AddMonths(3), authorisedUntil),
            InformantStatus.Lapsed => authorisedUntil,
            _ => today,
        };
        var informant = new Informant
        {
            OwnerUnit = owner,
            Occupation = random.Pick(Enum.GetValues<InformantOccupation>()),
            RecruitedOn = recruitedOn,
        };
        informant.Identity = new InformantIdentity
        {
            OwnerUnit = owner,
            Informant = informant,
            RealName = identities.Name(),
            IdNumber = identities.IdNumber(new(1960, 1, 1), new(2000, 12, 31)),
            Phone = identities.Phone(),
        };
        informants.Add(informant);

        var closedOn = status == InformantStatus.Deactivated ? lastDay : (DateOnly?)null;
        var controller = random.Pick(controllers);
        Handle(informant, controller, HandlingRole.Controller, recruitedOn, closedOn);
        var handlerOn = HandlerPeriods(informant, handlers, lastDay, closedOn);
        informant.RegisteredBy = handlerOn(recruitedOn);
        authorisations.Add(new InformantAuthorisation
        {
            OwnerUnit = owner, Informant = informant, Kind = AuthorisationKind.Granted, ValidFrom = recruitedOn,
            ValidUntil = authorisedUntil, AuthorisedBy = controller, AuthorisedByActor = SeedActor,
            AuthorisedAt = DemoCalendar.AtLocal(recruitedOn, new TimeOnly(10, 0)),
        });
        if (closedOn is { } deactivatedOn)
            (informant.DeactivatedOn, informant.DeactivatedBy, informant.DeactivationReason) =
                (deactivatedOn, controller, "工作调整,停止使用");

        AddTraining(informant, lastDay, handlerOn);
        for (var day = recruitedOn.AddDays(random.Next(3, 10)); day <= lastDay; day = day.AddDays(random.Next(14, 31)))
        {
            var contactedAt = random.DuringOfficeHours(day);
            var contact = new InformantContact
            {
                OwnerUnit = owner, Informant = informant, Officer = handlerOn(day), ContactedAt = contactedAt,
                Method = random.Pick(Enum.GetValues<ContactMethod>()), Direction = random.Pick(Directions),
                RecordedAt = contactedAt,
            };
            contacts.Add(contact);
            // The direction given at a visit is the informant's task until the next one, a fortnight on.
            taskings.Add(new InformantTasking
            {
                OwnerUnit = owner, Informant = informant, Direction = contact.Direction, DueBy = day.AddDays(14),
                TaskedBy = contact.Officer, TaskedAt = contactedAt,
            });
        }
        if (recruitedOn.AddDays(7) <= lastDay)
            for (var count = random.Next(0, 6); count > 0; count--)
                AddTip(informant, random.DayBetween(recruitedOn.AddDays(7), lastDay), handlerOn);
        return informant;
    }

    /// <summary>Records who handled the informant when; some pass from an auxiliary to the unit's lead
    /// handler.</summary>
    private Func<DateOnly, Person> HandlerPeriods(Informant informant, List<Person> handlers, DateOnly lastDay,
        DateOnly? closedOn)
    {
        var first = random.Pick(handlers);
        var lead = handlers[0];
        if (first == lead || lastDay.DayNumber - informant.RecruitedOn.DayNumber < 60 || !random.Chance(0.25))
        {
            Handle(informant, first, HandlingRole.Handler, informant.RecruitedOn, closedOn);
            return _ => first;
        }
        var handedOverOn = random.DayBetween(informant.RecruitedOn.AddDays(30), lastDay.AddDays(-1));
        Handle(informant, first, HandlingRole.Handler, informant.RecruitedOn, handedOverOn.AddDays(-1));
        Handle(informant, lead, HandlingRole.Handler, handedOverOn, closedOn);
        return day => day < handedOverOn ? first : lead;
    }

    private void Handle(Informant informant, Person person, HandlingRole role, DateOnly from, DateOnly? to) =>
        handlings.Add(new InformantHandling { OwnerUnit = informant.OwnerUnit, Informant = informant, Person = person,
            Role = role, From = from, To = to, AssignedAt = DemoCalendar.AtLocal(from, new TimeOnly(9, 0)) });

    /// <summary>Confidentiality first, then evidence gathering and self-protection within the first weeks.</summary>
    private void AddTraining(Informant informant, DateOnly lastDay, Func<DateOnly, Person> handlerOn)
    {
        foreach (var topic in Enum.GetValues<TrainingTopic>())
        {
            var trainedOn = informant.RecruitedOn.AddDays(topic == TrainingTopic.Confidentiality
                ? random.Next(0, 8)
                : random.Next(7, 46));
            if (trainedOn <= lastDay)
                trainings.Add(new InformantTraining { OwnerUnit = informant.OwnerUnit, Informant = informant,
                    Topic = topic, TrainedOn = trainedOn, RecordedBy = handlerOn(trainedOn),
                    RecordedAt = DemoCalendar.AtLocal(trainedOn, new TimeOnly(17, 0)) });
        }
    }

    private void AddTip(Informant informant, DateOnly day, Func<DateOnly, Person> handlerOn)
    {
        var reliability = random.NextDouble() switch
        {
            < 0.4 => SourceReliability.Reliable,
            < 0.9 => SourceReliability.Untested,
            _ => SourceReliability.NotReliable,
        };
        var useful = random.Chance(reliability == SourceReliability.Reliable ? 0.6 : 0.25);
        var receivedBy = handlerOn(day);
        var tip = new Tip
        {
            OwnerUnit = informant.OwnerUnit,
            Informant = informant,
            ReceivedBy = receivedBy,
            ReceivedAt = random.DuringOfficeHours(day),
            Content = random.Pick(TipContents),
            SourceReliability = reliability,
            Assessment = random.Pick(Enum.GetValues<InformationAssessment>()),
            Useful = useful,
        };
        tips.Add(tip);
        if (useful)
        {
            // Judged and passed on within the half hour, by the officer who received it.
            var judgedAt = tip.ReceivedAt.AddMinutes(30) < DemoCalendar.Now ? tip.ReceivedAt.AddMinutes(30)
                : DemoCalendar.Now;
            (tip.MarkedUsefulBy, tip.MarkedUsefulAt) = (receivedBy, judgedAt);
            disseminations.Add(new TipDissemination
            {
                OwnerUnit = tip.OwnerUnit, Tip = tip, Recipient = random.Pick(Recipients), DisseminatedAt = judgedAt,
                DisseminatedBy = receivedBy,
            });
        }
        if (useful && random.Chance(0.75)) AddReward(tip);
    }

    /// <summary>Offered a few days after the tip, then approved and paid as far as the demo's "today" allows.</summary>
    private void AddReward(Tip tip)
    {
        var offeredAt = random.DaysLater(tip.ReceivedAt, 1, 5);
        if (offeredAt > DemoCalendar.Now) return;
        var reward = new Reward
        {
            OwnerUnit = tip.OwnerUnit,
            Informant = tip.Informant,
            Tip = tip,
            OfferedBy = tip.ReceivedBy,
            OfferedAt = offeredAt,
        };
        rewards.Add(reward);
        AddEntry(reward, RewardEntryKind.Offered, tip.ReceivedBy!, offeredAt, amount: 50 + 10 * random.Next(0, 46));
        var approvedAt = random.DaysLater(offeredAt, 2, 7);
        if (approvedAt > DemoCalendar.Now) return;
        AddEntry(reward, RewardEntryKind.Approved, staff.Director, approvedAt);
        var paidAt = random.DaysLater(approvedAt, 2, 10);
        if (paidAt > DemoCalendar.Now) return;
        AddEntry(reward, RewardEntryKind.Paid, tip.ReceivedBy!, paidAt);
    }

    private void AddEntry(Reward reward, RewardEntryKind kind, Person by, DateTime at, decimal? amount = null) =>
        rewardEntries.Add(new RewardEntry
        {
            OwnerUnit = reward.OwnerUnit, Reward = reward, Kind = kind, Amount = amount, RecordedBy = by,
            RecordedByActor = SeedActor, RecordedAt = at,
        });
}
