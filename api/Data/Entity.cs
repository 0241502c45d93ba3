namespace Gateway.Api.Data;

public abstract class Entity
{
    public long Id { get; set; }
}
