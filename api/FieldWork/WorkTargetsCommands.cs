using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.FieldWork;

/// <summary>Setting a unit's own targets, from a unit above it (the bureau, at the top, sets its own): the first time a
/// row is made; after that it is changed at the version read.</summary>
internal static class WorkTargetsCommands
{
    public const int MaxResidentsVisitedPerDay = 500;
    public const int MaxSpecialGroupServicesPerMonth = 200;
    public const int MaxPopulationRecordsPerOfficePerDay = 1000;
    public const int MaxVehicleChecksPerOfficePerDay = 500;

    public static MutationCommand<SetWorkTargetsInput, WorkTargets> Set => new(
        input => new InputRules()
            .Between(input.ResidentsVisitedPerDay, 0, MaxResidentsVisitedPerDay)
            .Between(input.VisitDaysPerWeek, 0, 7)
            .Between(input.SpecialGroupServicesPerMonth, 0, MaxSpecialGroupServicesPerMonth)
            .Between(input.PopulationRecordsPerOfficePerDay, 0, MaxPopulationRecordsPerOfficePerDay)
            .Between(input.VehicleChecksPerOfficePerDay, 0, MaxVehicleChecksPerOfficePerDay).Errors,
        async (input, ctx, ct) =>
        {
            var unit = await ctx.FindAsync<OrgUnit>(input.UnitId, ct);
            if (unit is null) return null;
            if (!MaySet(ctx.Caller, unit))
            {
                ctx.Refuse(new TargetsSetFromAboveError(InputPath.Of(nameof(input.UnitId))));
                return null;
            }
            var ownId = await ctx.Db.WorkTargets.Where(t => t.OwnerUnitId == unit.Id).Select(t => (long?)t.Id)
                .SingleOrDefaultAsync(ct);
            if (ownId is null)
            {
                var created = FieldWorkMapper.ToWorkTargets(input);
                created.OwnerUnitId = unit.Id;
                ctx.Db.Add(created);
                return created;
            }
            if (input.Version is not { } version)
            {
                ctx.Refuse(new InputRules().Invalid(nameof(input.Version), "须填写:该单位已有自己的指标,请读取其版本",
                    "is required: the unit has targets of its own; read their version").Errors[0]);
                return null;
            }
            var own = await ctx.FindAsync<WorkTargets>(GlobalId.Encode(nameof(WorkTargets), ownId.Value),
                InputPath.Of(nameof(input.UnitId)), (version, InputPath.Of(nameof(input.Version))), ct);
            if (own is null) return null;
            FieldWorkMapper.ApplyTo(input, own);
            return own;
        }) { MayConflict = true, Subject = input => input.UnitId };

    /// <summary>A unit is measured against its targets, so they come from a unit above it; the top of the tree has
    /// none above and sets its own. The unit was found in the caller's scope, so it is the caller's unit or below.
    /// </summary>
    private static bool MaySet(TenantScope caller, OrgUnit unit) => unit.Id != caller.UnitId || unit.ParentId is null;
}
