using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>The demo field work agrees with what the computation reads: the officers' rest days are leave, services
/// name special-group residents of the office, and every entry was received after it was done.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class FieldWorkSeedTests(GatewayApiFactory factory)
{
    [Fact]
    public async Task An_officers_days_without_work_are_the_rest_days_on_leave_and_no_others()
    {
        var (officers, events, rest) = await factory.WithDbAsync(async db => (
            await db.Assignments.Where(a => a.Role == AssignmentRole.OfficePolice && a.To == null)
                .Select(a => a.PersonId).ToListAsync(),
            await db.FieldWorkEvents.Select(e => new { e.PersonId, e.OccurredAt }).ToListAsync(),
            await db.LeavePeriods.Where(l => l.Kind == LeaveKind.RestDay && l.CancelledOn == null)
                .Select(l => new { l.PersonId, l.From, l.To }).ToListAsync()));
        var fieldWorkDays = Enumerable.Range(0, 92).Select(i => new DateOnly(2026, 8, 1).AddDays(i)).ToList();

        Assert.Equal(4, officers.Count);
        foreach (var officer in officers)
        {
            var worked = events.Where(e => e.PersonId == officer).Select(e => CountyCalendar.DayOf(e.OccurredAt))
                .ToHashSet();
            var resting = rest.Where(l => l.PersonId == officer && l.From == l.To).Select(l => l.From).ToHashSet();
            Assert.Equal(fieldWorkDays.Where(d => !worked.Contains(d)), fieldWorkDays.Where(resting.Contains));
            Assert.InRange(resting.Count, 13, 14);
        }
    }

    [Fact]
    public async Task Services_name_special_group_residents_of_the_office_and_entries_are_received_after_the_work()
    {
        var entries = await factory.WithDbAsync(db => db.FieldWorkEvents
            .Select(e => new
            {
                e.Kind, e.OccurredAt, e.ReceivedAt, e.Status, e.OwnerUnitId,
                Resident = db.Residents.Where(r => r.Id == e.ResidentId)
                    .Select(r => new { r.SpecialGroup, Office = r.Grid!.OwnerUnitId }).FirstOrDefault(),
            }).ToListAsync());

        var services = entries.Where(e => e.Kind == FieldWorkKind.SpecialGroupService).ToList();
        Assert.NotEmpty(services);
        Assert.All(services, s => Assert.True(s.Resident is { SpecialGroup: not null } r && r.Office == s.OwnerUnitId));
        Assert.All(entries, e => Assert.InRange(e.ReceivedAt - e.OccurredAt, TimeSpan.FromMinutes(2),
            TimeSpan.FromMinutes(10)));
        Assert.All(entries, e => Assert.Equal(FieldWorkStatus.Active, e.Status));
    }
}
