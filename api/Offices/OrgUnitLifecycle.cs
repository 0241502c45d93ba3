using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Offices;

/// <summary>
/// Opening, moving and closing units: the tenant tree itself. A station reports to the bureau and an office to a
/// station; the periods a unit spent under each parent are kept as attachments, and a closed unit stays readable.
/// </summary>
public sealed class OrgUnitLifecycle(IEnumerable<IUnitClosingCheck> closingChecks)
{
    public const int AddressMaxLength = 200;
    public const int CodeMaxLength = 40;

    public static MutationCommand<CreateOrgUnitInput, OrgUnit> Create { get; } = new(input => new InputRules()
        .Code(input.Code, CodeMaxLength)
        .RequiredText(input.Name, OrgUnit.NameMaxLength)
        .RequiredText(input.NameZh, OrgUnit.NameMaxLength)
        .OptionalText(input.Address, AddressMaxLength).Errors, CreateAsync);

    public static MutationCommand<AttachOrgUnitInput, OrgUnit> Attach { get; } =
        new(_ => [], AttachAsync) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<CloseOrgUnitInput, OrgUnit> Close => new(_ => [], CloseAsync)
    {
        MayConflict = true, Subject = input => input.Id,
    };

    private static async Task<OrgUnit?> CreateAsync(CreateOrgUnitInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var parent = await context.FindAsync<OrgUnit>(input.ParentId, cancellationToken);
        var community = input.HostCommunityId is null ? null
            : await context.FindAsync<ExternalOrganisation>(input.HostCommunityId, cancellationToken);
        if (parent is null || context.IsRefused) return null;
        var path = InputPath.Of(nameof(CreateOrgUnitInput.ParentId));
        if (ParentKindOf(input.Kind) is not { } parentKind)
            context.Refuse(new ValidationError(new("只能新建派出所或社区警务室。",
                "Only stations and community offices are created."), InputPath.Of(nameof(CreateOrgUnitInput.Kind))));
        else if (parent.Kind != parentKind)
            context.Refuse(new ValidationError(new($"{Describe(input.Kind).Zh}须隶属于{Describe(parentKind).Zh}。",
                $"A {Describe(input.Kind).En} reports to a {Describe(parentKind).En}."), path));
        else if (!parent.IsOpenOn(input.OpenedOn))
            context.Refuse(parent.ClosedOn is { } closed ? new UnitClosedError(parent.NameZh, closed, path)
                : new ValidationError(new($"上级单位在 {input.OpenedOn:yyyy-MM-dd} 尚未成立。",
                    $"The parent unit was not open yet on {input.OpenedOn:yyyy-MM-dd}."),
                    InputPath.Of(nameof(CreateOrgUnitInput.OpenedOn))));
        if (community is not null && input.Kind != OrgUnitKind.CommunityOffice)
            context.Refuse(new ValidationError(new("只有社区警务室由社区提供用房。",
                "Only a community office is housed by a community."),
                InputPath.Of(nameof(CreateOrgUnitInput.HostCommunityId))));
        bool codeTaken;
        using (context.Db.LiftRowSecurity())
            codeTaken = await context.Db.OrgUnits.IgnoreQueryFilters().AnyAsync(u => u.Code == input.Code,
                cancellationToken);
        if (codeTaken)
            context.Refuse(new DuplicateUnitCodeError(input.Code, InputPath.Of(nameof(CreateOrgUnitInput.Code))));
        if (context.IsRefused) return null;

        var unit = OfficeMapper.ToUnit(input);
        unit.Parent = parent;
        unit.HostCommunity = community;
        // The path names the unit's own id, which the database gives on the first save.
        unit.Path = parent.Path + "new/";
        context.Db.Add(unit);
        await context.SaveAsync(cancellationToken);
        unit.Path = $"{parent.Path}{unit.Id}/";
        // Completing the row being created is not a change of it: it stays at its first version.
        context.Db.Entry(unit).Property(u => u.Version).IsModified = true;
        context.Db.Add(new OrgUnitAttachment { OwnerUnit = unit, Unit = unit, Parent = parent, From = unit.OpenedOn });
        return unit;
    }

    private static async Task<OrgUnit?> AttachAsync(AttachOrgUnitInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var office = await context.FindAsync<OrgUnit>(input.Id, input.Version, cancellationToken);
        var station = await context.FindAsync<OrgUnit>(input.StationId, cancellationToken);
        if (office is null || station is null) return null;
        var stationPath = InputPath.Of(nameof(AttachOrgUnitInput.StationId));
        var current = await RunningAttachmentAsync(context, office, cancellationToken);
        if (office.Kind != OrgUnitKind.CommunityOffice)
            context.Refuse(new ValidationError(new("只能调整社区警务室的隶属。", "Only a community office moves to "
                + "another station."), InputPath.Of(nameof(AttachOrgUnitInput.Id))));
        else if (station.Kind != OrgUnitKind.Station)
            context.Refuse(new ValidationError(new("社区警务室须隶属于派出所。", "A community office reports to a "
                + "station."), stationPath));
        else if (station.Id == office.ParentId)
            context.Refuse(new ValidationError(new("该警务室已隶属于此派出所。",
                "The office already reports to this station."), stationPath));
        else if (office.ClosedOn is { } closed)
            context.Refuse(new UnitClosedError(office.NameZh, closed, InputPath.Of(nameof(AttachOrgUnitInput.Id))));
        else if (!station.IsOpenOn(input.On))
            context.Refuse(station.ClosedOn is { } stationClosed
                ? new UnitClosedError(station.NameZh, stationClosed, stationPath)
                : new ValidationError(new("该派出所当日尚未成立。", "The station was not open yet on that day."),
                    InputPath.Of(nameof(AttachOrgUnitInput.On))));
        else if (current?.From >= input.On || office.OpenedOn > input.On)
            context.Refuse(new ValidationError(new("调整日期须晚于当前隶属的开始日期。",
                "The day must come after the current attachment began."), InputPath.Of(nameof(AttachOrgUnitInput.On))));
        if (context.IsRefused) return null;

        if (current is not null) current.To = input.On.AddDays(-1);
        var (from, to) = (office.Path, $"{station.Path}{office.Id}/");
        await context.Db.MoveBranchAsync(from, to, cancellationToken);
        office.Parent = station;
        office.Path = to;
        context.Db.Add(new OrgUnitAttachment
        {
            OwnerUnit = office, Unit = office, Parent = station, From = input.On,
        });
        // Tokens carry the unit's place in the tree: those of the branch's people stop, and they sign in again.
        var branch = await context.Db.OrgUnits.Where(u => u.Path.StartsWith(to)).Select(u => u.Id)
            .ToListAsync(cancellationToken);
        await context.Db.Users.Where(u => branch.Contains(u.UnitId)).ExecuteUpdateAsync(
            set => set.SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")), cancellationToken);
        return office;
    }

    private async Task<OrgUnit?> CloseAsync(CloseOrgUnitInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var unit = await context.FindAsync<OrgUnit>(input.Id, input.Version, cancellationToken);
        if (unit is null) return null;
        var dayPath = InputPath.Of(nameof(CloseOrgUnitInput.LastDay));
        if (unit.ClosedOn is { } closed)
            context.Refuse(new UnitClosedError(unit.NameZh, closed, InputPath.Of(nameof(CloseOrgUnitInput.Id))));
        else if (unit.Kind == OrgUnitKind.CountyBureau)
            context.Refuse(new ValidationError(new("县公安局不能撤销。", "The county bureau does not close."),
                InputPath.Of(nameof(CloseOrgUnitInput.Id))));
        else if (unit.OpenedOn > input.LastDay)
            context.Refuse(new ValidationError(new("撤销日期不能早于成立日期。",
                "The last day cannot come before the unit opened."), dayPath));
        else if (await context.Db.OrgUnits.AnyAsync(u => u.ParentId == unit.Id
                && (u.ClosedOn == null || u.ClosedOn > input.LastDay), cancellationToken))
            context.Refuse(new UnitStillInUseError(new("下属单位在该日之后仍在运行,请先撤销或调整。",
                "Units under it still work after that day; close or move them first."), dayPath));
        else
            foreach (var check in closingChecks)
                if (await check.BlockerAsync(context, unit, input.LastDay, cancellationToken) is { } blocker)
                {
                    context.Refuse(new UnitStillInUseError(blocker, dayPath));
                    break;
                }
        if (context.IsRefused) return null;
        unit.ClosedOn = input.LastDay;
        var current = await RunningAttachmentAsync(context, unit, cancellationToken);
        if (current is not null) current.To = input.LastDay;
        return unit;
    }

    /// <summary>The period under its parent that the unit is in now; null for a unit attached before the
    /// records.</summary>
    private static Task<OrgUnitAttachment?> RunningAttachmentAsync(MutationContext context, OrgUnit unit,
        CancellationToken cancellationToken) =>
        context.Db.Set<OrgUnitAttachment>().Where(a => a.UnitId == unit.Id && a.To == null)
            .SingleOrDefaultAsync(cancellationToken);

    private static OrgUnitKind? ParentKindOf(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Station => OrgUnitKind.CountyBureau,
        OrgUnitKind.CommunityOffice => OrgUnitKind.Station,
        _ => null,
    };

    private static (string Zh, string En) Describe(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.CountyBureau => ("县公安局", "county bureau"),
        OrgUnitKind.Station => ("派出所", "station"),
        _ => ("社区警务室", "community office"),
    };
}
