using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Mediation;

/// <summary>A station's committee: founding it, seating and unseating members, and its chair, who must be the
/// station's deputy director. Offices below read the committee but cannot change it: the write guard keeps it to the
/// station's scope.</summary>
internal sealed class MediationCommitteeCommands(TimeProvider clock)
{
    public static MutationCommand<CreateMediationCommitteeInput, MediationCommittee> Create => new(
        input => new InputRules().RequiredText(input.Name, MediationCommittee.NameMaxLength)
            .RequiredText(input.NameZh, MediationCommittee.NameMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            var unit = await ctx.FindAsync<OrgUnit>(input.UnitId, ct);
            if (unit is null) return null;
            if (unit.Kind != OrgUnitKind.Station)
            {
                ctx.Refuse(new CommitteeNotAtStationError(InputPath.Of(nameof(input.UnitId))));
                return null;
            }
            var committee = MediationMapper.ToCommittee(input);
            committee.OwnerUnitId = unit.Id;
            ctx.Db.Add(committee);
            return committee;
        }) { Subject = input => input.UnitId };

    public static MutationCommand<SeatMediationMemberInput, MediationMember> Seat => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var committee = await ctx.FindAsync<MediationCommittee>(input.CommitteeId, ct);
            var person = await ctx.FindAsync<Person>(input.PersonId, ct);
            if (committee is null || person is null) return null;
            var overlapping = await ctx.Db.MediationMembers
                .Where(m => m.CommitteeId == committee.Id && m.PersonId == person.Id
                    && (m.To == null || m.To >= input.From))
                .OrderBy(m => m.From).FirstOrDefaultAsync(ct);
            if (overlapping is not null)
            {
                ctx.Refuse(new MediationSeatOverlapError(overlapping.From, overlapping.To,
                    InputPath.Of(nameof(input.From))));
                return null;
            }
            var member = MediationMapper.ToMember(input);
            (member.CommitteeId, member.PersonId, member.OwnerUnitId) =
                (committee.Id, person.Id, committee.OwnerUnitId);
            ctx.Db.Add(member);
            return member;
        }) { Subject = input => input.CommitteeId };

    public static MutationCommand<EndMediationMembershipInput, MediationMember> End => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var member = await ctx.FindAsync<MediationMember>(input.Id, input.Version, ct);
            if (member is null) return null;
            if (member.To is { } ended)
                ctx.Refuse(new MediationMembershipEndedError(ended, InputPath.Of(nameof(input.Id))));
            else if (input.To < member.From)
                ctx.Refuse(new ValidationError(new($"“to”不能早于首日 {member.From:yyyy-MM-dd}。",
                        $"`to` must not be before the first day, {member.From:yyyy-MM-dd}."),
                    InputPath.Of(nameof(input.To))));
            if (ctx.IsRefused) return null;
            member.To = input.To;
            return member;
        }) { MayConflict = true, Subject = input => input.Id };

    /// <summary>The chair is the station's deputy director today: the position on the person's file, and a posting at
    /// the committee's station running today.</summary>
    public MutationCommand<SetMediationCommitteeChairInput, MediationCommittee> SetChair => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var committee = await ctx.FindAsync<MediationCommittee>(input.Id, input.Version, ct);
            var person = await ctx.FindAsync<Person>(input.PersonId, ct);
            if (committee is null || person is null) return null;
            var today = CountyCalendar.Today(clock);
            var postedThere = await ctx.Db.Assignments.AnyAsync(a => a.PersonId == person.Id
                && a.UnitId == committee.OwnerUnitId && a.From <= today && (a.To == null || a.To >= today), ct);
            if (person.Position != PersonPosition.StationDeputyDirector || !postedThere)
            {
                ctx.Refuse(new ChairNotDeputyDirectorError(InputPath.Of(nameof(input.PersonId))));
                return null;
            }
            committee.ChairId = person.Id;
            return committee;
        }) { MayConflict = true, Subject = input => input.Id };
}
