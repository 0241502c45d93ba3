namespace Gateway.Api.Data;

public abstract class Entity : IIdentified
{
    public long Id { get; set; }
}
