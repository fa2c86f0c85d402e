namespace Pipeline.Configuration;

/// <summary>An Amazon Resource Name: arn:partition:service:region:account:resource.</summary>
public sealed record Arn(string Partition, string Service, string Region, string Account, string Resource)
{
    public static Arn? TryParse(string? text)
    {
        var parts = (text ?? string.Empty).Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[1].Length == 0 || parts[2].Length == 0 || parts[5].Length == 0)
        {
            return null;
        }

        return new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    public override string ToString() => $"arn:{Partition}:{Service}:{Region}:{Account}:{Resource}";
}
