namespace Service.Routing;

/// <summary>The rules a greeting's name must meet; returns the problem, or null when the name is fine.</summary>
public static class GreetingValidator
{
    public const int MaxNameLength = 64;

    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Send a JSON body like {\"name\":\"Ada\"}; 'name' is required and must not be blank.";
        }

        if (name.Trim().Length > MaxNameLength)
        {
            return $"'name' must be at most {MaxNameLength} characters.";
        }

        return name.Any(char.IsControl) ? "'name' must not contain control characters." : null;
    }
}
