using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Gateway.Api.Informants;

public sealed class InformantType : EntityGraphType<Informant>
{
    protected override void Define()
    {
        Name = "Informant";
        Description =
            "An informant on file (情报信息员), known by code name; the real identity is kept apart in `identity`.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(i => i.CodeName).Description("Code name (代号), unique within the owning unit.");
        Field(i => i.Occupation).Description("The occupation the informant was recruited from.");
        Field(i => i.RecruitedOn).Description("Day the informant was recruited.");
        Field<NonNullGraphType<EnumerationGraphType<InformantStatus>>>("status")
            .Description("ACTIVE while an authorisation (授权) covers today, LAPSED when none does (the twelve months "
                + "ran out without renewal), DEACTIVATED once deactivated. Computed from the authorisations, never "
                + "stored.")
            .Resolve(ctx => Standing(ctx).Then(s => (object?)s.Status))
            .FieldType.ReadsColumns(nameof(Informant.DeactivatedOn));
        Field<DateOnlyGraphType>("authorisedUntil")
            .Description("Last day of the latest authorisation: the informant lapses after it unless renewed. "
                + "Computed from the authorisations.")
            .Resolve(ctx => Standing(ctx).Then(s => (object?)s.AuthorisedUntil))
            .FieldType.ReadsColumns(nameof(Informant.DeactivatedOn));
        Field(i => i.DeactivatedOn, nullable: true)
            .Description("Day the informant was deactivated; null while on the books. The file stays readable.");
        Field(i => i.DeactivationReason, nullable: true).Description("Why the informant was deactivated.");
        Reference<Person>("registeredBy", i => i.RegisteredById, "The officer who registered the informant.");
        Reference<Person>("deactivatedBy", i => i.DeactivatedById, "Who deactivated the informant.");
        Field(i => i.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
        // Every informant has an identity row, so none means the row filter withheld it: a refused attempt, audited.
        Dependent<InformantIdentity>("identity", d => d.InformantId,
            "The informant's protected real identity; null unless the caller signed in with an authenticator code and "
            + "either handles or controls the informant now or may read identities in scope.",
            whenNone: ctx => ctx.RequestServices!.GetRequiredService<RequestAuditTrail>()
                .Note(InformantIdentityType.IdentityRead, AuditOutcome.Denied, GlobalId.Encode(Name, ctx.Source.Id)));
        Children<InformantAuthorisation>("authorisations", a => a.InformantId,
            "Every authorisation granted or renewed, twelve months each.");
        Children<InformantHandling>("handlings", h => h.InformantId,
            "Periods during which officers handled or controlled the informant.");
        Children<InformantTasking>("taskings", t => t.InformantId, "Collection directions given to the informant.");
        Children<InformantContact>("contacts", c => c.InformantId, "Logged contacts with the informant.");
        Children<InformantTraining>("trainings", t => t.InformantId, "Training the informant received.");
        Children<Tip>("tips", t => t.InformantId, "Tips the informant gave.");
        Children<Reward>("rewards", r => r.InformantId, "Rewards offered or paid to the informant.");
        RequiredReference<OrgUnit>("unit", i => i.OwnerUnitId, "The unit that keeps the informant's file.");
    }

    private static IDataLoaderResult<InformantStanding> Standing(
        IResolveFieldContext<Informant> ctx)
    {
        var services = ctx.RequestServices!;
        var today = CountyCalendar.Today(services.GetRequiredService<TimeProvider>());
        var deactivatedOn = ctx.Source.DeactivatedOn;
        return services.GetRequiredService<AuthorisationPeriodsLoader>().Load(ctx.Source)
            .Then(periods => InformantStanding.Of(deactivatedOn, [.. periods], today));
    }
}
