using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Integrations;

public sealed class WebhookSubscriptionConfiguration : TenantOwnedConfiguration<WebhookSubscription>
{
    protected override void ConfigureEntity(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.HasOne(s => s.ApiClient).WithMany().HasForeignKey(s => s.ApiClientId);
        builder.Property(s => s.Url).HasMaxLength(WebhookSubscription.UrlMaxLength).IsRequired();
        builder.PrimitiveCollection(s => s.EventTypes);
    }
}

public sealed class OutboxEventConfiguration : TenantOwnedConfiguration<OutboxEvent>
{
    protected override void ConfigureEntity(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.HasIndex(e => e.EventId).IsUnique();
        builder.Property(e => e.Type).HasMaxLength(60).IsRequired();
        builder.Property(e => e.Fields).IsRequired();
        // The worker looks for the events not fanned out yet.
        builder.HasIndex(e => e.FannedOut);
    }
}

public sealed class WebhookDeliveryConfiguration : TenantOwnedConfiguration<WebhookDelivery>
{
    protected override void ConfigureEntity(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasOne(d => d.OutboxEvent).WithMany().HasForeignKey(d => d.OutboxEventId);
        builder.HasOne(d => d.Subscription).WithMany().HasForeignKey(d => d.SubscriptionId);
        // One delivery per event and subscription, however many instances fan the event out.
        builder.HasIndex(d => new { d.OutboxEventId, d.SubscriptionId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.LastErrorMaxLength);
    }
}
