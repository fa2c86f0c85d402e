using System.Runtime.Versioning;
using System.Text.Json.Nodes;

namespace Build.Tests.Robustness;

/// <summary>
/// The table: each row a bad input the build host must refuse before any AWS request. The first expected
/// substring is the headline that must appear exactly once.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class BadInputCases
{
    private const string Local = "--aws=local";
    private const string Endpoint = "--local-aws-endpoint={moto}";

    public static IEnumerable<TestCaseData> All() => PipelineFile().Concat(Options()).Concat(Policy()).Concat(Machine())
        .Select(bad => new TestCaseData(bad).SetArgDisplayNames(bad.Name));

    private static IEnumerable<BadInputCase> PipelineFile()
    {
        string[] pullRequest = ["--target=PullRequest", Local, Endpoint];
        yield return new BadInputCase("malformed JSON", pullRequest,
            "{config}: (root): invalid JSON at line 4, column 3", "Fix the JSON syntax at line 4, column 3")
        {
            ConfigText = "{\n  \"application\": \"greeter\",\n  \"service\": { \"project\": \"src/Service/Service.csproj\" }\n  \"template\": \"deploy/lambda.yml\"\n}\n",
        };
        yield return new BadInputCase("unknown key", pullRequest,
            "{config}: environments.preprod.stakName: unknown key 'stakName'", "Did you mean 'stackName'?")
        {
            EditConfig = c => Preprod(c)["stakName"] = "greeter-preprod",
        };
        yield return new BadInputCase("unknown top-level key", pullRequest,
            "{config}: ephemerl: unknown key 'ephemerl'", "Did you mean 'ephemeral'?")
        {
            EditConfig = c => Rename(c, "ephemeral", "ephemerl"),
        };
        yield return new BadInputCase("number written as a string", pullRequest,
            "{config}: service.memorySize: expected a whole number but found the string \"256\"", "Write a number without quotes")
        {
            EditConfig = c => c["service"]!["memorySize"] = "256",
        };
        yield return new BadInputCase("account id written as a number", pullRequest,
            "{config}: environments.preprod.runtimeAccount: expected a string but found the number 222222222222", "Quote it: \"222222222222\"")
        {
            EditConfig = c => Preprod(c)["runtimeAccount"] = 222222222222,
        };
        yield return new BadInputCase("switch written as a string", pullRequest,
            "{config}: environments.prod.requireConfirmation: expected true or false but found the string \"yes\"", "without quotes")
        {
            EditConfig = c => c["environments"]!["prod"]!["requireConfirmation"] = "yes",
        };
        yield return new BadInputCase("missing region", pullRequest,
            "{config}: environments.preprod.region: the required key 'region' is missing", "Add \"region\": \"eu-west-1\"")
        {
            EditConfig = c => Preprod(c).Remove("region"),
        };
        yield return new BadInputCase("missing template key", pullRequest,
            "{config}: template: the required key 'template' is missing", "Add \"template\": \"deploy/lambda.yml\"")
        {
            EditConfig = c => c.Remove("template"),
        };
        yield return new BadInputCase("account id of 11 digits", pullRequest,
            "{config}: environments.preprod.runtimeAccount: '22222222222' is not an AWS account id", "exactly 12 digits (it has 11", "Copy the 12-digit id")
        {
            EditConfig = c => Preprod(c)["runtimeAccount"] = "22222222222",
        };
        yield return new BadInputCase("account id of 13 digits", pullRequest,
            "{config}: environments.preprod.infrastructureAccount: '1111111111111' is not an AWS account id", "(it has 13", "Copy the 12-digit id")
        {
            EditConfig = c => Preprod(c)["infrastructureAccount"] = "1111111111111",
        };
        yield return new BadInputCase("deploy role in another account", pullRequest,
            "{config}: environments.preprod.deployRoleArn: 'arn:aws:iam::333333333333:role/deploy' is in account 333333333333",
            "must be in the runtimeAccount 222222222222", "arn:aws:iam::222222222222:role/<name>")
        {
            EditConfig = c => Preprod(c)["deployRoleArn"] = "arn:aws:iam::333333333333:role/deploy",
        };
        yield return new BadInputCase("KMS alias instead of key ARN", pullRequest,
            "{config}: environments.preprod.kmsKeyArn: 'alias/greeter-artifacts' is an alias name", "arn:aws:kms:eu-west-1:111111111111:key/<key-id>")
        {
            EditConfig = c => Preprod(c)["kmsKeyArn"] = "alias/greeter-artifacts",
        };
        yield return new BadInputCase("unknown region", pullRequest,
            "{config}: environments.preprod.region: 'eu-wset-1' is not a known AWS region", "Did you mean \"eu-west-1\"?")
        {
            EditConfig = c => Preprod(c)["region"] = "eu-wset-1",
        };
        yield return new BadInputCase("two environments on one branch", pullRequest,
            "{config}: environments.prod.alsoBranches: branch 'develop' already deploys environment 'preprod'", "Give 'prod' its own branch")
        {
            EditConfig = c => c["environments"]!["prod"]!["alsoBranches"] = new JsonArray("main", "develop"),
        };
        yield return new BadInputCase("runtime the template does not allow", pullRequest,
            "{config}: service.runtime: 'dotnet8' is not one of the runtimes the template", "allows (dotnet10)", "Use \"dotnet10\"")
        {
            EditConfig = c => c["service"]!["runtime"] = "dotnet8",
        };
        yield return new BadInputCase("application name longer than Terraform takes", pullRequest,
            "{config}: application: 'greeter-with-a-long-name1' is 25 characters", "takes 2 to 24", "Use a name of 2 to 24 characters")
        {
            EditConfig = c => c["application"] = "greeter-with-a-long-name1",
        };
        yield return new BadInputCase("missing template file", pullRequest,
            "{config}: template: the file '{dir}/no-such-template.yml' does not exist", "Point 'template' at the CloudFormation template")
        {
            EditConfig = c => c["template"] = "{dir}/no-such-template.yml",
        };
        yield return new BadInputCase("missing pipeline file", ["--target=PullRequest", "--config={dir}/nowhere.json", Local, Endpoint],
            "{dir}/nowhere.json: (root): the file does not exist", "--config=<path>");
        yield return new BadInputCase("template that fails cfn-lint", ["--target=LintTemplate", "--exclusive", Local, Endpoint],
            "cfn-lint found problems in", "lambda.yml:", "E3006", "AWS::Lambda::Functon", "fix them and run again")
        {
            Tools = ["cfn-lint"],
            Prepare = BreakTemplate,
            EditConfig = c => c["template"] = "{dir}/lambda.yml",
        };
    }

    private static IEnumerable<BadInputCase> Options()
    {
        yield return new BadInputCase("unknown target", ["--target=DeployStaging"],
            "Unknown target 'DeployStaging'.", "The targets are: Default, PullRequest, DeployPreprod", "DestroyEnvironment");
        yield return new BadInputCase("misspelled option", ["--target=DeployPreprod", "--awz=real"],
            "--awz=real is not an option of this build.", "Did you mean --aws?");
        yield return new BadInputCase("--aws=cloud", ["--target=DeployPreprod", "--aws=cloud"],
            "--aws=cloud is not known", "use --aws=local", "--aws=real");
        yield return new BadInputCase("--configuration=Fast", ["--target=PullRequest", "--configuration=Fast", Local, Endpoint],
            "--configuration=Fast is not known", "Release or Debug");
        yield return new BadInputCase("--confirm=maybe", ["--target=DeployProd", "--branch=master", "--confirm=maybe", Local, Endpoint],
            "--confirm=maybe is not a switch value", "write --confirm or --confirm=false");
        yield return new BadInputCase("--profile with --aws=local", ["--target=DeployPreprod", "--profile=dev", Local, Endpoint],
            "--profile=dev names an AWS profile, but the run is against the local emulator", "add --aws=real");
        yield return new BadInputCase("--local-aws-endpoint off this machine", ["--target=DeployPreprod", Local, "--local-aws-endpoint=http://example.com:5000"],
            "--local-aws-endpoint=http://example.com:5000 must be an http URL on this machine", "http://127.0.0.1:5000");
        yield return new BadInputCase("--local-aws-endpoint with --aws=real", ["--target=DeployPreprod", "--branch=develop", "--aws=real", Endpoint],
            "--local-aws-endpoint names a local emulator, but the run is against real AWS", "drop it or use --aws=local");
    }

    private static IEnumerable<BadInputCase> Policy()
    {
        yield return new BadInputCase("prod from a feature branch", ["--target=DeployProd", "--branch=feature/x", Local, Endpoint],
            "DeployProd refused: manual run on 'feature/x': only master or main deploys prod", "Merge a release into master");
        yield return new BadInputCase("deploy from a pull-request event", ["--target=DeployPreprod", Local, Endpoint],
            "DeployPreprod refused: pull request from 'feature/x' into 'develop': pull-request builds never change AWS", "Merge the pull request")
        {
            Environment = new Dictionary<string, string?>
            {
                ["CODEBUILD_BUILD_ID"] = "greeter-pr:0b9d5c1e-0000-4000-8000-000000000001",
                ["CODEBUILD_WEBHOOK_EVENT"] = "PULL_REQUEST_CREATED",
                ["CODEBUILD_WEBHOOK_HEAD_REF"] = "refs/heads/feature/x",
                ["CODEBUILD_WEBHOOK_BASE_REF"] = "refs/heads/develop",
            },
        };
        yield return new BadInputCase("DestroyEnvironment without --env", ["--target=DestroyEnvironment", Local, Endpoint],
            "DestroyEnvironment needs the environment to tear down", "add --env=NAME (one of: preprod, prod)");
        yield return new BadInputCase("DestroyEnvironment of an unknown environment", ["--target=DestroyEnvironment", "--env=staging", Local, Endpoint],
            "{repo}/pipeline.json: environments.staging: there is no environment 'staging'", "Use one of: preprod, prod");
        yield return new BadInputCase("destroying prod without --confirm", ["--target=DestroyEnvironment", "--env=prod", Local, Endpoint],
            "destroying a production environment needs an explicit confirmation", "Pass --confirm");
        yield return new BadInputCase("deploying prod to real AWS without --confirm", ["--target=DeployProd", "--branch=master", "--aws=real"],
            "a local run against the real prod account needs an explicit confirmation", "Pass --confirm");
        yield return new BadInputCase("DeployEphemeral on a non-feature branch", ["--target=DeployEphemeral", "--branch=develop", Local, Endpoint],
            "{repo}/pipeline.json: ephemeral.branchPattern: branch 'develop' does not match 'feature/*'", "pass --branch=");
        yield return new BadInputCase("Default target against real AWS", ["--aws=real"],
            "The Default target rehearses the pipeline against the local emulator only", "--target=DeployPreprod");
    }

    private static IEnumerable<BadInputCase> Machine()
    {
        string[] realPreprod = ["--target=DeployPreprod", "--branch=develop", "--aws=real"];
        yield return new BadInputCase("missing credentials", realPreprod,
            "--target=DeployPreprod with --aws=real needs credentials for the infrastructure account 111111111111",
            "No AWS credentials were found", "aws configure --profile <name>");
        yield return new BadInputCase("expired credentials", [.. realPreprod, "--profile=expired"],
            "--target=DeployPreprod with --aws=real needs credentials for the infrastructure account 111111111111",
            "The AWS credentials have expired", "already expired", "aws sso login --profile <name>")
        {
            Prepare = WriteExpiredProfile,
            Environment = new Dictionary<string, string?> { ["AWS_CONFIG_FILE"] = "{dir}/aws-config" },
        };
        yield return new BadInputCase("missing terraform", ["--target=PullRequest", Local, Endpoint],
            "'terraform' is not on PATH, but this run needs it for TerraformFormat", "Install Terraform")
        {
            HiddenTools = ["terraform"],
        };
        yield return new BadInputCase("missing moto", ["--target=DeployPreprod", Local],
            "'moto_server' is not on PATH, but --aws=local starts it", "pip install 'moto[server]'", "--local-aws-endpoint=")
        {
            HiddenTools = ["moto_server"],
        };
        yield return new BadInputCase("artifacts is a file", ["--target=PullRequest", Local, Endpoint],
            "The build writes everything under {dir}/artifacts, but that is a file, not a folder", "Move or delete the file")
        {
            ScratchRoot = true,
            EditConfig = _ => { },
            Prepare = dir => File.WriteAllText(Path.Combine(dir, "artifacts"), "not a folder"),
        };
        yield return new BadInputCase("artifacts is not writable", ["--target=PullRequest", Local, Endpoint],
            "The build writes everything under {dir}/artifacts, but cannot write there", "Make the folder writable")
        {
            ScratchRoot = true,
            EditConfig = _ => { },
            Prepare = ReadOnlyArtifacts.Make,
            Cleanup = ReadOnlyArtifacts.Undo,
        };
    }

    private static JsonObject Preprod(JsonObject config) => config["environments"]!["preprod"]!.AsObject();

    private static void Rename(JsonObject config, string from, string to)
    {
        var value = config[from];
        config.Remove(from);
        config[to] = value;
    }

    internal static void BreakTemplate(string dir)
    {
        var template = File.ReadAllText(Path.Combine(RepositoryConfig.Root, "deploy", "lambda.yml"));
        const string Function = "Type: AWS::Lambda::Function";
        Assert.That(template, Does.Contain(Function), "deploy/lambda.yml changed; pick another line to break");
        File.WriteAllText(Path.Combine(dir, "lambda.yml"), template.Replace(Function, "Type: AWS::Lambda::Functon", StringComparison.Ordinal));
    }

    // A credential_process whose session ended in 2020: the SDK refuses it without calling AWS.
    private static void WriteExpiredProfile(string dir)
    {
        var script = Path.Combine(dir, "expired-credentials.sh");
        File.WriteAllText(script, "#!/bin/sh\necho '{\"Version\":1,\"AccessKeyId\":\"AKIAEXPIREDEXAMPLE01\",\"SecretAccessKey\":\"c2VjcmV0\"," +
            "\"SessionToken\":\"dG9rZW4=\",\"Expiration\":\"2020-01-01T00:00:00Z\"}'\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(dir, "aws-config"), $"[profile expired]\ncredential_process = {script}\nregion = eu-west-1\n");
    }
}
