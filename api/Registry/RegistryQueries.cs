using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Registry;

public sealed class RegistryQueries : IQueryFields
{
    /// <summary>One person may be on file in a few grids by mistake; more is not a lookup.</summary>
    public const int MaxResidentsByIdNumber = 20;

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Resident>("residents", "Actual population (实有人口): registered and floating residents.",
            db => db.Residents);
        query.Connection<House>("houses", "Actual housing (实有房屋), including rentals.", db => db.Houses);
        query.Connection<RegisteredUnit>("units",
            "Actual units (实有单位): venues, key units, key locations and construction sites.", db => db.RegisteredUnits);
        query.Connection<RegistryRevision>("registryRevisions",
            "Every write to the registry (一标三实) in the caller's scope: `totalCount` with `where` on `at` and "
            + "`reason` counts the records updated in a period.", db => db.RegistryRevisions);
        query.Connection<KeyPersonControl>("keyPersonControls",
            "Controls of key persons (重点人口管控), one per person-time.", db => db.KeyPersonControls);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResidentType>>>>("residentsByIdNumber")
            .Description("The residents in the caller's scope on file with this resident ID number (居民身份证号码), "
                + $"at most {MaxResidentsByIdNumber}: matched through the number's keyed hash, never decrypted to "
                + "compare. Needs the permission to read personal data; every lookup is audited with what it found.")
            .Argument<NonNullGraphType<StringGraphType>>("idNumber",
                "The ID number; spaces around it and the case of a final X do not matter.")
            .RequirePermission(Permissions.PiiRead)
            .ResolveAsync(async ctx =>
            {
                var services = ctx.RequestServices!;
                var index = services.GetRequiredService<BlindIndex>().Of(ctx.GetArgument<string>("idNumber"));
                var found = await services.GetRequiredService<GatewayDbContext>().Residents.AsNoTracking()
                    .Where(r => r.IdNumberIndex == index).OrderBy(r => r.Id).Take(MaxResidentsByIdNumber)
                    .ToListAsync(ctx.CancellationToken);
                var trail = services.GetRequiredService<RequestAuditTrail>();
                foreach (var id in found.Select(r => GlobalId.Encode("Resident", r.Id)).DefaultIfEmpty("none"))
                    trail.Note("pii.read:Query.residentsByIdNumber", AuditOutcome.Succeeded, id);
                return found;
            });
    }
}
