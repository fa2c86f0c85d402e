using Pipeline.Incremental;

namespace Pipeline.Tests.Incremental;

public class CoveringProjectsTests
{
    private string repository = null!;

    [SetUp]
    public void Repository() => repository = Directory.CreateTempSubdirectory("covering-").FullName;

    [TearDown]
    public void Remove() => Directory.Delete(repository, recursive: true);

    [Test]
    public void A_project_a_test_project_references_is_covered_by_it()
    {
        var service = Project("src/Service/Service.csproj");
        var tests = Project("tests/Service.Tests/Service.Tests.csproj", @"..\..\src\Service\Service.csproj");

        var covering = CoveringProjects.Of([service, tests]);

        Assert.That(covering, Is.EqualTo(new (string, string?)[] { (service, tests), (tests, null) }));
    }

    [Test]
    public void Projects_that_do_not_reference_each_other_each_need_their_own_call()
    {
        var service = Project("src/Service/Service.csproj");
        var tests = Project("tests/Other.Tests/Other.Tests.csproj", "../../src/Other/Other.csproj");

        var covering = CoveringProjects.Of([service, tests]);

        Assert.That(covering.Select(pair => pair.CoveredBy), Is.All.Null);
    }

    [Test]
    public void A_project_listed_twice_is_done_once()
    {
        var service = Project("src/Service/Service.csproj");

        Assert.That(CoveringProjects.Of([service, Path.Combine(repository, "src/../src/Service/Service.csproj")]), Has.Count.EqualTo(1));
    }

    [Test]
    public void An_unreadable_project_file_names_the_file()
    {
        var broken = Path.Combine(repository, "Broken.csproj");
        File.WriteAllText(broken, "<Project><ItemGroup>");

        var error = Assert.Throws<InvalidOperationException>(() => CoveringProjects.Of([broken]));

        Assert.That(error!.Message, Does.Contain(broken).And.Contain("project references"));
    }

    private string Project(string relative, params string[] references)
    {
        var path = Path.Combine(repository, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var items = string.Concat(references.Select(reference => $"<ProjectReference Include=\"{reference}\" />"));
        File.WriteAllText(path, $"<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>{items}</ItemGroup></Project>");
        return Path.GetFullPath(path);
    }
}
