using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Assessment;

public sealed class OfficerAssessmentType : EntityGraphType<OfficerAssessment>
{
    protected override void Define()
    {
        Name = "OfficerAssessment";
        Description = "A community police officer's three-party assessment (三方考核: 县局+社区+群众) for a month, quarter "
            + "or year. Each party's score is null until given; `total` is weighted by the weights that apply to the "
            + "office now, and null until all three are in.";
        this.RequirePermission(Permissions.AssessmentRead);
        RequiredReference<Person>("officer", a => a.PersonId, "The community police officer (社区民警) assessed.");
        RequiredReference<OrgUnit>("office", a => a.OwnerUnitId, "The community office the officer served.");
        Field(a => a.From).Description("First day of the period.");
        Field(a => a.To).Description("Last day of the period.");
        Field(a => a.BureauScore, nullable: true).Description("The bureau's score (县局), 0–100; null until given.");
        Reference<AssessmentScoreEntry>("bureau", a => a.BureauEntryId,
            "The bureau's score as recorded: by whom, from which unit, when and why; null until given.");
        Field(a => a.CommunityScore, nullable: true)
            .Description("The community's score (社区), 0–100; null until given.");
        Reference<AssessmentScoreEntry>("community", a => a.CommunityEntryId,
            "The community's score as recorded; null until given.");
        Field(a => a.ResidentsScore, nullable: true)
            .Description("The residents' score (群众), 0–100; null until given.");
        Reference<AssessmentScoreEntry>("residents", a => a.ResidentsEntryId,
            "The residents' score as recorded; null until given.");
        Field<DecimalGraphType>("total")
            .Description("The three scores weighted by the weights that apply to the office (`office { "
                + "assessmentWeights }`), to two decimal places; null while a party's score is missing. Computed, "
                + "never stored.")
            .Resolve(ctx =>
            {
                var a = ctx.Source;
                if (a is not { BureauScore: { } bureau, CommunityScore: { } community, ResidentsScore: { } residents })
                    return null;
                return ctx.RequestServices!.GetRequiredService<EffectiveWeightsLoader>().Load(a.OwnerPath)
                    .Then(weights => (object?)weights.TotalOf(bureau, community, residents));
            })
            .FieldType.ReadsColumns(nameof(OfficerAssessment.BureauScore), nameof(OfficerAssessment.CommunityScore),
                nameof(OfficerAssessment.ResidentsScore), nameof(OfficerAssessment.OwnerPath));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<AssessmentParty>>>>>(
                "missingParties")
            .Description("The parties whose score is still missing; empty once all three are in.")
            .Resolve(ctx => ctx.Source.MissingParties())
            .FieldType.ReadsColumns(nameof(OfficerAssessment.BureauScore), nameof(OfficerAssessment.CommunityScore),
                nameof(OfficerAssessment.ResidentsScore));
        Children<AssessmentScoreEntry>("scores", e => e.AssessmentId,
            "Every score recorded, earlier ones kept when a party's score was recorded again.");
        Reference<Person>("openedBy", a => a.OpenedById,
            "Who opened the assessment; null when a machine client did (the audit log names the client).");
        Field(a => a.OpenedAt).Description("When the assessment was opened.");
        Field(a => a.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}
