namespace Service.Model;

public sealed record HealthBody(string Status);
