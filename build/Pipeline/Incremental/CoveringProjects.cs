using System.Xml.Linq;

namespace Pipeline.Incremental;

/// <summary>
/// Which of a list of projects to restore or build so each is done once: `dotnet restore` and `dotnet build` of a
/// project also restore and build the projects it references, with the same properties, so a project another one in
/// the list references needs no call of its own.
/// </summary>
public static class CoveringProjects
{
    /// <summary>Each project (full paths) with the project in the list that covers it, or null when it needs its own call.</summary>
    public static IReadOnlyList<(string Project, string? CoveredBy)> Of(IEnumerable<string> projects)
    {
        var list = projects.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        var references = list.ToDictionary(project => project, References, StringComparer.Ordinal);
        return list
            .Select(project => (project, list.FirstOrDefault(other => other != project && references[other].Contains(project))))
            .ToList();
    }

    /// <summary>The full paths of the project's direct ProjectReference items.</summary>
    public static IReadOnlySet<string> References(string project)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(project))!;
        XDocument document;
        try
        {
            document = XDocument.Load(project);
        }
        catch (Exception error) when (error is IOException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot read the project file '{project}' to find its project references: {error.Message}. Fix or restore that file.", error);
        }

        return document.Descendants()
            .Where(element => element.Name.LocalName == "ProjectReference")
            .Select(element => (string?)element.Attribute("Include"))
            .Where(include => !string.IsNullOrWhiteSpace(include))
            .Select(include => Path.GetFullPath(Path.Combine(folder, include!.Replace('\\', Path.DirectorySeparatorChar))))
            .ToHashSet(StringComparer.Ordinal);
    }
}
