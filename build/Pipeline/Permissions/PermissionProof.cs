using Pipeline.Configuration;
using Pipeline.Terraform;

namespace Pipeline.Permissions;

/// <summary>
/// The whole proof: render every environment root's policies with Terraform, read the template's handler
/// permissions, build the case table and evaluate it. The Permissions target and the tests both run this.
/// </summary>
public static class PermissionProof
{
    public static async Task<IReadOnlyList<PermissionResult>> RunAsync(string repositoryRoot, PipelineConfig config, string scratchDirectory, Action<string>? log = null, CancellationToken cancel = default)
    {
        var tools = IamSimulator.DefaultDirectory(repositoryRoot);
        var simulator = new IamSimulator(tools, log);
        await simulator.EnsureInstalledAsync(cancel).ConfigureAwait(false);

        var region = config.Environments.Values.First().Region;
        var template = await TemplateHandlers.ReadAsync(tools, config.TemplatePath, region, cancel).ConfigureAwait(false);
        var policies = await new TerraformPolicyRenderer(repositoryRoot, scratchDirectory, log).RenderAsync(config, cancel).ConfigureAwait(false);
        ArtifactRecording.Recording recording;
        DeployRecording.Recording deployRecording;
        Directory.CreateDirectory(scratchDirectory);
        using (var moto = await LocalAws.MotoServer.StartAsync(cancel: cancel, recordingFile: Path.Combine(scratchDirectory, "moto-recording.jsonl")).ConfigureAwait(false))
        {
            var first = config.Environments.Values.First();
            recording = await ArtifactRecording.RecordAsync(moto, first.InfrastructureAccount, region, Path.Combine(scratchDirectory, "recording"), cancel).ConfigureAwait(false);
            deployRecording = await DeployRecording.RecordAsync(moto, await File.ReadAllTextAsync(config.TemplatePath, cancel).ConfigureAwait(false), cancel).ConfigureAwait(false);
        }

        log?.Invoke($"Recorded {recording.Requests.Count} artifact store requests and {deployRecording.Requests.Count} deploy stage requests.");
        var cases = new PermissionCaseTable(config, policies, template) { Recording = recording, DeployRecording = deployRecording }.Build(environment => StateBucket(repositoryRoot, config, environment));
        return await simulator.EvaluateAsync(cases, policies, cancel).ConfigureAwait(false);
    }

    private static string StateBucket(string repositoryRoot, PipelineConfig config, EnvironmentConfig environment) =>
        new TerraformEnvironment(repositoryRoot, EnvironmentTerraform.Settings(config, environment, new Aws.AwsTarget(environment.Region))).StateBucket;
}
