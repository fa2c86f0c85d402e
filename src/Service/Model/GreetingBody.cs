namespace Service.Model;

public sealed record GreetingBody(string Message);
