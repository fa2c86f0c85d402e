using System.Text;
using System.Text.Json;

namespace TestSupport;

/// <summary>
/// Looks for secret values in text a run wrote: each secret as is, JSON-escaped and URL-encoded, and any
/// <see cref="Fragment"/>-character piece of it, so a secret cut, wrapped or re-encoded is still found.
/// </summary>
public static class SecretScan
{
    public const int Fragment = 16;

    /// <summary>One finding a secret found, naming where and which form (never the whole secret).</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> secrets, string where, string text)
    {
        var found = new List<string>();
        foreach (var secret in secrets.Where(s => s.Length >= Fragment).Distinct())
        {
            foreach (var (form, value) in Forms(secret))
            {
                var piece = Pieces(value).FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal));
                if (piece is not null)
                {
                    found.Add($"{where}: the secret starting '{secret[..4]}…' ({form}) appears as '…{piece[..6]}…'");
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The text of every file under <paramref name="folder"/> a run writes, read as Latin-1 so binary files (saved
    /// plans, zips) are searched too; files over 20 MB (Terraform providers, the SDK) are left out.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> Files(string folder, params string[] skipFolders) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(file => file.Length < 20_000_000 && file.LinkTarget is null)
            .Where(file => !skipFolders.Any(skip => file.FullName.StartsWith(Path.Combine(folder, skip) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Select(file => (file.FullName, Encoding.Latin1.GetString(File.ReadAllBytes(file.FullName))));

    private static IEnumerable<(string Form, string Value)> Forms(string secret)
    {
        yield return ("as issued", secret);
        yield return ("JSON-escaped", JsonEncodedText.Encode(secret).ToString());
        yield return ("URL-encoded", Uri.EscapeDataString(secret));
        yield return ("base64", Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)));
    }

    private static IEnumerable<string> Pieces(string value)
    {
        yield return value;
        for (var start = 0; start + Fragment <= value.Length; start++)
        {
            yield return value.Substring(start, Fragment);
        }
    }
}
