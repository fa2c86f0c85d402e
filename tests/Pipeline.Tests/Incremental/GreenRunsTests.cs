using Pipeline.Incremental;

namespace Pipeline.Tests.Incremental;

public class GreenRunsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);
    private string folder = null!;

    [SetUp]
    public void Folder() => folder = Path.Combine(Directory.CreateTempSubdirectory("green-").FullName, "green");

    [TearDown]
    public void Remove() => Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);

    [Test]
    public void Nothing_recorded_means_the_check_runs() =>
        Assert.That(new GreenRuns(folder).UnchangedSince("terraform-validate-infra-bootstrap", new InputStamp("aa")), Is.Null);

    [Test]
    public void The_same_stamp_as_the_last_green_run_names_that_run()
    {
        var green = new GreenRuns(folder);
        green.Record("build-tests", new InputStamp("aa"), "local-abc1234", At);

        var last = new GreenRuns(folder).UnchangedSince("build-tests", new InputStamp("aa"));

        Assert.That(last, Is.EqualTo(new GreenRun("aa", "local-abc1234", At)));
    }

    [Test]
    public void Forgetting_in_a_fresh_clone_without_the_folder_does_nothing()
    {
        new GreenRuns(folder).Forget("bootstrap-preprod");
        Assert.That(Directory.Exists(folder), Is.False);
    }

    [Test]
    public void Another_stamp_means_the_check_runs()
    {
        var green = new GreenRuns(folder);
        green.Record("build-tests", new InputStamp("aa"), "local-abc1234", At);
        Assert.That(green.UnchangedSince("build-tests", new InputStamp("bb")), Is.Null);
    }

    [Test]
    public void Checks_are_recorded_apart()
    {
        var green = new GreenRuns(folder);
        green.Record("terraform-validate-infra-environments-preprod", new InputStamp("aa"), "run-1", At);
        Assert.That(green.UnchangedSince("terraform-validate-infra-environments-prod", new InputStamp("aa")), Is.Null);
    }

    [Test]
    public void A_damaged_record_means_the_check_runs()
    {
        var green = new GreenRuns(folder);
        green.Record("build-tests", new InputStamp("aa"), "run-1", At);
        File.WriteAllText(Directory.GetFiles(folder).Single(), "{ not json");
        Assert.That(green.UnchangedSince("build-tests", new InputStamp("aa")), Is.Null);
    }

    [Test]
    public void A_forgotten_check_runs_again()
    {
        var green = new GreenRuns(folder);
        green.Record("build-tests", new InputStamp("aa"), "run-1", At);
        green.Forget("build-tests");
        Assert.That(green.UnchangedSince("build-tests", new InputStamp("aa")), Is.Null);
    }
}
