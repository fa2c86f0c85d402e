namespace Service.Model;

public sealed record ErrorBody(string Error, string Message);
