using Gateway.Api.Mediation;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Mediation;

/// <summary>The demo's mediation in the workflow's shape: parties as rows, a step log that walks each case to its
/// stage, mediators seated on the day of their sessions, and the chair the station's deputy director.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class MediationDemoTests(GatewayApiFactory factory)
{
    [Fact]
    public async Task Every_case_has_an_applicant_and_a_respondent_and_a_step_log_ending_at_its_stage()
    {
        var (cases, parties, steps) = await factory.WithDbAsync(async db => (
            await db.MediationCases.AsNoTracking().ToListAsync(),
            await db.MediationParties.AsNoTracking().ToListAsync(),
            await db.MediationCaseSteps.AsNoTracking().ToListAsync()));

        Assert.All(cases, c =>
        {
            var roles = parties.Where(p => p.CaseId == c.Id).Select(p => p.Role).ToList();
            Assert.Contains(MediationPartyRole.Applicant, roles);
            Assert.Contains(MediationPartyRole.Respondent, roles);
            var log = steps.Where(s => s.CaseId == c.Id).OrderBy(s => s.At).ThenBy(s => s.Id).ToList();
            Assert.Equal((null, MediationStage.Registered), (log[0].From, log[0].To));
            Assert.Equal(c.Stage, log[^1].To);
            Assert.All(log.Skip(1).Zip(log), pair => Assert.Equal(pair.Second.To, pair.First.From));
        });
        Assert.Equal(26, cases.Count(c => c.Stage is MediationStage.AgreementReached or MediationStage.FollowedUp));
    }

    [Fact]
    public async Task Mediators_sit_on_the_cases_committee_on_the_sessions_day_and_the_chair_is_the_deputy_director()
    {
        var (links, committee) = await factory.WithDbAsync(async db => (
            await db.MediationSessionMediators.AsNoTracking()
                .Select(m => new { m.Member, m.Session!.HeldAt, m.Session.Case!.CommitteeId }).ToListAsync(),
            await db.MediationCommittees.AsNoTracking().Include(c => c.Chair).SingleAsync()));

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(l.Member!.CommitteeId == l.CommitteeId
            && l.Member.SeatedOn(Api.Data.CountyCalendar.DayOf(l.HeldAt))));
        Assert.Equal(PersonPosition.StationDeputyDirector, committee.Chair!.Position);
    }
}
