using Pipeline.Processes;
using TestSupport;

namespace Pipeline.Tests.Deploy;

public class LambdaTemplateTests
{
    [Test]
    public async Task Lambda_template_passes_cfn_lint()
    {
        var cfnLint = LocalTools.Require("cfn-lint");
        var template = RepositoryFiles.Find("deploy/lambda.yml");

        var result = await new ProcessRunner().RunAsync(new ProcessSpec(cfnLint, [template]) { Timeout = TimeSpan.FromMinutes(2) });

        Assert.That(result.ExitCode, Is.Zero, result.StandardOutput + result.StandardError);
    }

    [Test]
    public void Lambda_template_runs_on_dotnet10_and_stamps_version_and_commit()
    {
        var template = RepositoryFiles.Read("deploy/lambda.yml");

        Assert.Multiple(() =>
        {
            Assert.That(template, Does.Contain("Default: dotnet10"));
            Assert.That(template, Does.Contain("SERVICE_VERSION: !Ref Version").And.Contain("SERVICE_COMMIT: !Ref Commit"));
            foreach (var output in new[] { "FunctionName:", "FunctionArn:", "Version:" })
            {
                Assert.That(template[template.IndexOf("Outputs:", StringComparison.Ordinal)..], Does.Contain(output));
            }
        });
    }
}
