namespace Service.Model;

public sealed record GreetingRequest(string? Name);
