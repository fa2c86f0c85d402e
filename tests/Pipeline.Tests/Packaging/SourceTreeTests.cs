using Pipeline.Packaging;
using Pipeline.Processes;
using Pipeline.Tests.Versioning;

namespace Pipeline.Tests.Packaging;

/// <summary>A release merge makes a new commit whose files are those preprod built: promotion recognises it by the tree.</summary>
public class SourceTreeTests
{
    [Test]
    public async Task A_new_commit_with_the_same_files_has_the_same_tree_and_a_change_does_not()
    {
        using var repository = await TempGitRepository.CreateAsync();
        await repository.CommitAsync();
        var built = (await repository.GitAsync("rev-parse", "HEAD")).Trim();
        await repository.GitAsync("-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", "Merge release/1.4.0");
        var tree = new SourceTree(new ProcessRunner(), repository.Path);

        Assert.That(await tree.EqualsHeadAsync(built), Is.True);
        await repository.CommitAsync();
        Assert.That(await tree.EqualsHeadAsync(built), Is.False);
        Assert.That(await tree.EqualsHeadAsync(new string('0', 40)), Is.Null);
    }
}
