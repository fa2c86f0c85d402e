using System.Security.Cryptography;
using System.Text;

namespace Pipeline.GitFlow;

/// <summary>
/// Turns a feature branch into a stack name that is legal, short enough for the names derived from it, and
/// distinct for distinct branches: whenever the branch name had to be changed or cut, a hash of the full branch
/// name is appended, so "feature/a_b" and "feature/a-b" never share a stack.
/// </summary>
public static class EphemeralStackName
{
    /// <summary>Lambda function names are at most 64 characters; the template may add up to this many after the stack name.</summary>
    public const int DerivedSuffixReserve = 16;

    /// <summary>64 − 16: leaves room for "-function" style suffixes in every derived name (and is far below CloudFormation's 128).</summary>
    public const int MaxLength = 64 - DerivedSuffixReserve;

    public const int HashLength = 8;

    public static string For(string prefix, string branch, IEnumerable<string>? takenNames = null)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var fullBranch = GitFlowBranches.Normalize(branch);
        if (fullBranch.Length == 0)
        {
            throw new ArgumentException("A branch name is needed to name an ephemeral stack.", nameof(branch));
        }

        var cleanPrefix = Sanitize(prefix, keepTrailingDash: true);
        var original = GitFlowBranches.ShortName(fullBranch);
        var slug = Sanitize(original, keepTrailingDash: false);
        if (slug.Length == 0)
        {
            slug = "branch";
        }

        var name = cleanPrefix + slug;
        var changed = slug != original || cleanPrefix != prefix;
        if (!char.IsAsciiLetterLower(name[0]))
        {
            name = "b-" + name;
            changed = true;
        }

        var taken = new HashSet<string>(takenNames ?? [], StringComparer.OrdinalIgnoreCase);
        if (!changed && name.Length <= MaxLength && !taken.Contains(name))
        {
            return name;
        }

        var hash = Hash(fullBranch);
        var room = MaxLength - HashLength - 1;
        var head = name.Length > room ? name[..room].TrimEnd('-') : name;
        return $"{head}-{hash}";
    }

    private static string Sanitize(string text, bool keepTrailingDash)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var result = builder.ToString();
        return keepTrailingDash ? result : result.TrimEnd('-');
    }

    private static string Hash(string fullBranch)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(fullBranch));
        return Convert.ToHexStringLower(bytes)[..HashLength];
    }
}
