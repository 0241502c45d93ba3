using System.Linq.Expressions;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class InformantIdentityType : EntityGraphType<InformantIdentity>
{
    /// <summary>Audit operation of every identity served, and of every one withheld from a caller who asked for
    /// it.</summary>
    public const string IdentityRead = "informant.identity";

    protected override void Define()
    {
        Name = "InformantIdentity";
        Description = "The protected real identity of an informant, kept in its own table.";
        this.RequirePermission(Permissions.InformantsRead);
        IdentityField(i => i.RealName, "Real name.");
        IdentityField(i => i.IdNumber, "Resident ID number.");
        IdentityField(i => i.Phone, "Phone number.");
        RequiredReference<Informant>("informant", i => i.InformantId, "The informant this identity belongs to.");
        RequiredReference<OrgUnit>("unit", i => i.OwnerUnitId, "The unit that keeps the informant's file.");
    }

    /// <summary>
    /// Part of the real identity. The row filter decides who sees an identity at all; whoever does sees it unmasked, as
    /// it is what they need, and every serving is audited against the informant.
    /// </summary>
    private void IdentityField(Expression<Func<InformantIdentity, string>> property, string description)
    {
        var read = property.Compile();
        Field(property).Description(description).Resolve(ctx =>
        {
            ctx.RequestServices!.GetRequiredService<RequestAuditTrail>()
                .Note(IdentityRead, AuditOutcome.Succeeded, GlobalId.Encode(nameof(Informant), ctx.Source.InformantId));
            return read(ctx.Source);
        }).FieldType.ReadsColumns(nameof(InformantIdentity.InformantId));
    }
}
