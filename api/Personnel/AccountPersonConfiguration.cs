using Gateway.Api.Security.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Personnel;

/// <summary>An account of a police officer or grid worker names the person it signs in as.</summary>
public sealed class AccountPersonConfiguration : IEntityTypeConfiguration<GatewayUser>
{
    public void Configure(EntityTypeBuilder<GatewayUser> builder) =>
        builder.HasOne<Person>().WithMany().HasForeignKey(u => u.PersonId);
}
