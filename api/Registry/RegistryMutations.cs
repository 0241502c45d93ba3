using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Registry;

/// <summary>Writes to "one standard, three actuals" (一标三实): standard addresses, residents, houses and units, each
/// kept with its revisions; and the controls of key persons.</summary>
public sealed class RegistryMutations(TimeProvider clock) : IMutationFields
{
    /// <summary>How far ahead of the server's clock a terminal's time may run.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly RegistryRevisions revisions = new(clock);

    private DateOnly Today() => CountyCalendar.Today(clock);

    public void AddTo(ObjectGraphType mutation)
    {
        AddAddresses(mutation);
        var records = new RegistryRecordCommands(revisions, clock);
        AddResidents(mutation, records);
        AddHouses(mutation, records);
        AddUnits(mutation, records);
        mutation.Mutation<RecordKeyPersonControlInput, KeyPersonControl, KeyPersonControlType>(
                "recordKeyPersonControl",
                "Records one control of a key person (重点人口管控): a visit, talk, check-in or whereabouts check, one "
                + "person-time.", "keyPersonControl", RecordControl, typeof(ErrorGraphType<NotAKeyPersonError>))
            .RequirePermission(Permissions.RegistryWrite);
    }

    private void AddAddresses(ObjectGraphType mutation)
    {
        var addressType = EntityGraphTypes.Of(typeof(StandardAddress));
        mutation.Mutation<CreateStandardAddressInput, StandardAddress>(addressType, "createStandardAddress",
                "Puts a standard address (标准地址) in a grid of the caller's scope.", "standardAddress",
                revisions.Revised(RevisionReason.Created, new MutationCommand<CreateStandardAddressInput,
                    StandardAddress>(RegistryRules.Address, async (input, context, cancellationToken) =>
                {
                    var grid = await context.FindAsync<Grid>(input.GridId, cancellationToken);
                    if (grid is null || !RegistryRecordCommands.GridTakesRecords(context, grid, nameof(input.GridId)))
                        return null;
                    var address = RegistryMapper.ToAddress(input);
                    (address.OwnerUnitId, address.GridId) = (grid.OwnerUnitId, grid.Id);
                    if (!await AddressIsNewAsync(context, address, cancellationToken)) return null;
                    context.Db.Add(address);
                    return address;
                }) { Subject = input => input.GridId }), typeof(ErrorGraphType<DuplicateAddressError>),
                typeof(ErrorGraphType<GridRetiredError>))
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<UpdateStandardAddressInput, StandardAddress>(addressType, "updateStandardAddress",
                "Records a standard address as it now stands, in its grid.", "standardAddress",
                revisions.Revised(RevisionReason.Updated, new MutationCommand<UpdateStandardAddressInput,
                    StandardAddress>(RegistryRules.Address, async (input, context, cancellationToken) =>
                {
                    var address = await context.FindAsync<StandardAddress>(input.Id, input.Version, cancellationToken);
                    if (address is null) return null;
                    RegistryMapper.ApplyTo(input, address);
                    return await AddressIsNewAsync(context, address, cancellationToken) ? address : null;
                }) { MayConflict = true, Subject = input => input.Id }),
                typeof(ErrorGraphType<DuplicateAddressError>))
            .RequirePermission(Permissions.RegistryWrite);
    }

    private void AddResidents(ObjectGraphType mutation, RegistryRecordCommands records)
    {
        mutation.Mutation<CreateResidentInput, Resident, ResidentType>("createResident",
                "Puts a resident (实有人口) on file in a grid of the caller's scope; counts as a population record "
                + "(人口信息录入) of the caller's person.", "resident",
                records.Create<CreateResidentInput, Resident>(
                    input => RegistryRules.Resident(input, Today()), RegistryMapper.ToResident,
                    async (input, resident, context, cancellationToken) =>
                    {
                        resident.MentalHealthRisk = input.MentalHealthRisk ?? false;
                        return await IdNumberIsFreeAsync(context, resident, cancellationToken);
                    }, entersPopulationRecords: true),
                typeof(ErrorGraphType<AddressOutsideGridError>), typeof(DuplicateIdNumberErrorType),
                typeof(ErrorGraphType<GridRetiredError>))
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<UpdateResidentInput, Resident, ResidentType>("updateResident",
                "Records a resident's details as they now stand; counts as a population record of the caller's "
                + "person.", "resident",
                records.Update<UpdateResidentInput, Resident>(
                    input => RegistryRules.Resident(input, Today()),
                    (input, resident) =>
                    {
                        RegistryMapper.ApplyTo(input, resident);
                        resident.IdNumber = input.IdNumber?.Trim() ?? resident.IdNumber;
                        resident.Phone = RegistryMapper.Kept(input.Phone, resident.Phone);
                        resident.MentalHealthRisk = input.MentalHealthRisk ?? resident.MentalHealthRisk;
                    },
                    (input, resident, context, cancellationToken) => input.IdNumber is null ? Task.FromResult(true)
                        : IdNumberIsFreeAsync(context, resident, cancellationToken),
                    entersPopulationRecords: true),
                typeof(ErrorGraphType<AddressOutsideGridError>), typeof(DuplicateIdNumberErrorType))
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<MoveResidentInput, Resident, ResidentType>("moveResident",
                "Moves a resident to another grid (and address) of the caller's scope.", "resident",
                records.Move<MoveResidentInput, Resident>(), typeof(ErrorGraphType<AddressOutsideGridError>),
                typeof(ErrorGraphType<GridRetiredError>))
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<VerifyResidentInput, Resident, ResidentType>("verifyResident",
                "Records that a resident was checked and found as on file (核实): only `lastVerifiedAt` changes.",
                "resident", records.Verify<VerifyResidentInput, Resident>())
            .RequirePermission(Permissions.RegistryWrite);
    }

    private static void AddHouses(ObjectGraphType mutation, RegistryRecordCommands records)
    {
        Type[] houseErrors =
            [typeof(ErrorGraphType<AddressOutsideGridError>), typeof(ErrorGraphType<HouseRentalNeedsLandlordError>)];
        mutation.Mutation<CreateHouseInput, House, HouseType>("createHouse",
                "Puts a house (实有房屋) on file in a grid of the caller's scope; a rental (出租房屋) with its landlord.",
                "house",
                records.Create<CreateHouseInput, House>(
                    RegistryRules.House,
                    RegistryMapper.ToHouse, (_, house, context, _) => Task.FromResult(HasLandlord(house, context))),
                [.. houseErrors, typeof(ErrorGraphType<GridRetiredError>)])
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<UpdateHouseInput, House, HouseType>("updateHouse",
                "Records a house's details as they now stand.", "house",
                records.Update<UpdateHouseInput, House>(
                    RegistryRules.House,
                    (input, house) =>
                    {
                        RegistryMapper.ApplyTo(input, house);
                        house.HolderPhone = RegistryMapper.Kept(input.HolderPhone, house.HolderPhone);
                        house.LandlordPhone = RegistryMapper.Kept(input.LandlordPhone, house.LandlordPhone);
                    },
                    (_, house, context, _) => Task.FromResult(HasLandlord(house, context))),
                houseErrors)
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<MoveHouseInput, House, HouseType>("moveHouse",
                "Files a house under another grid (and address) of the caller's scope.", "house",
                records.Move<MoveHouseInput, House>(), typeof(ErrorGraphType<AddressOutsideGridError>),
                typeof(ErrorGraphType<GridRetiredError>))
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<VerifyHouseInput, House, HouseType>("verifyHouse",
                "Records that a house was checked and found as on file (核实): only `lastVerifiedAt` changes.", "house",
                records.Verify<VerifyHouseInput, House>())
            .RequirePermission(Permissions.RegistryWrite);
    }

    private static void AddUnits(ObjectGraphType mutation, RegistryRecordCommands records)
    {
        mutation.Mutation<CreateRegisteredUnitInput, RegisteredUnit, RegisteredUnitType>("createRegisteredUnit",
                "Puts a unit (实有单位) on file in a grid of the caller's scope: a venue, key unit, key location or "
                + "construction site.", "unit",
                records.Create<CreateRegisteredUnitInput, RegisteredUnit>(
                    RegistryRules.Unit, RegistryMapper.ToUnit),
                typeof(ErrorGraphType<AddressOutsideGridError>), typeof(ErrorGraphType<GridRetiredError>))
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<UpdateRegisteredUnitInput, RegisteredUnit, RegisteredUnitType>("updateRegisteredUnit",
                "Records a unit's details as they now stand.", "unit",
                records.Update<UpdateRegisteredUnitInput, RegisteredUnit>(
                    RegistryRules.Unit,
                    (input, unit) =>
                    {
                        RegistryMapper.ApplyTo(input, unit);
                        unit.ContactPhone = RegistryMapper.Kept(input.ContactPhone, unit.ContactPhone);
                    }),
                typeof(ErrorGraphType<AddressOutsideGridError>))
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<MoveRegisteredUnitInput, RegisteredUnit, RegisteredUnitType>("moveRegisteredUnit",
                "Moves a unit to another grid (and address) of the caller's scope.", "unit",
                records.Move<MoveRegisteredUnitInput, RegisteredUnit>(),
                typeof(ErrorGraphType<AddressOutsideGridError>), typeof(ErrorGraphType<GridRetiredError>))
            .RequirePermission(Permissions.RegistryWrite);
        mutation.Mutation<VerifyRegisteredUnitInput, RegisteredUnit, RegisteredUnitType>("verifyRegisteredUnit",
                "Records that a unit was checked and found as on file (核实): only `lastVerifiedAt` changes.", "unit",
                records.Verify<VerifyRegisteredUnitInput, RegisteredUnit>())
            .RequirePermission(Permissions.RegistryWrite);
    }

    private MutationCommand<RecordKeyPersonControlInput, KeyPersonControl> RecordControl => new(
        input => [.. new InputRules().OptionalText(input.Note, KeyPersonControl.NoteMaxLength).Errors,
            .. input.OccurredAt.ToUniversalTime() > clock.GetUtcNow().UtcDateTime + ClockSkew
                ? [PersonRules.Invalid(nameof(input.OccurredAt), "不能晚于当前时间", "must not lie in the future")]
                : Array.Empty<MutationError>()],
        async (input, context, cancellationToken) =>
        {
            var resident = await context.FindAsync<Resident>(input.ResidentId, cancellationToken);
            var person = await context.FindAsync<Person>(input.PersonId, cancellationToken);
            if (resident is null || person is null) return null;
            if (resident.KeyPersonCategory is null)
            {
                context.Refuse(new NotAKeyPersonError(InputPath.Of(nameof(input.ResidentId))));
                return null;
            }
            var control = RegistryMapper.ToControl(input);
            (control.OwnerUnitId, control.ResidentId) = (resident.OwnerUnitId, resident.Id);
            control.PersonId = person.Id;
            context.Db.Add(control);
            return control;
        }) { Subject = input => input.ResidentId };

    /// <summary>An identical address (every part alike) is not put in the same grid twice.</summary>
    private static async Task<bool> AddressIsNewAsync(MutationContext context, StandardAddress address,
        CancellationToken cancellationToken)
    {
        var same = await context.Db.StandardAddresses
            .Where(a => a.GridId == address.GridId && a.Id != address.Id && a.DivisionCode == address.DivisionCode
                && a.Street == address.Street && a.DoorNumber == address.DoorNumber && a.Building == address.Building
                && a.BuildingUnit == address.BuildingUnit && a.Floor == address.Floor && a.Room == address.Room)
            .Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (same is null) return true;
        context.Refuse(new DuplicateAddressError(GlobalId.Encode(nameof(StandardAddress), same.Value),
            InputPath.Of(nameof(IStandardAddressFields.DoorNumber))));
        return false;
    }

    /// <summary>
    /// No other resident the caller can see carries the ID number: matched through its blind index, so the lookup
    /// never decrypts a number, and through the tenant filter, so another tenant's resident is never found.
    /// </summary>
    private static async Task<bool> IdNumberIsFreeAsync(MutationContext context, Resident resident,
        CancellationToken cancellationToken)
    {
        var index = context.Services.GetRequiredService<BlindIndex>().Of(resident.IdNumber);
        var other = await context.Db.Residents.Where(r => r.IdNumberIndex == index && r.Id != resident.Id)
            .OrderBy(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (other is null) return true;
        context.Refuse(new DuplicateIdNumberError(GlobalId.Encode(nameof(Resident), other.Value),
            InputPath.Of(nameof(IResidentFields.IdNumber))));
        return false;
    }

    /// <summary>A rental is kept with its landlord.</summary>
    private static bool HasLandlord(House house, MutationContext context)
    {
        if (house.Use != HouseUse.Rental || !string.IsNullOrWhiteSpace(house.LandlordName)) return true;
        context.Refuse(new HouseRentalNeedsLandlordError(InputPath.Of(nameof(IHouseFields.LandlordName))));
        return false;
    }
}
