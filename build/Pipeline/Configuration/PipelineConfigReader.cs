using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Configuration;

/// <summary>Walks the JSON of pipeline.json into records, reporting every error it meets to the sink.</summary>
internal sealed partial class PipelineConfigReader(ConfigErrorSink sink, string rootDirectory)
{
    private static readonly string[] RootKeys = ["application", "repository", "service", "template", "environments", "ephemeral"];
    private static readonly string[] ServiceKeys = ["project", "tests", "handler", "runtime", "memorySize", "timeoutSeconds", "smokeEvent", "functions"];
    private static readonly string[] FunctionKeys = ["handler", "smokeEvent", "memorySize", "timeoutSeconds"];
    private static readonly string[] EphemeralKeys = ["basedOn", "branchPattern", "stackPrefix", "developerRoleArns"];
    private static readonly string[] EnvironmentKeys =
    [
        "branch", "alsoBranches", "requireConfirmation", "region", "infrastructureAccount", "runtimeAccount", "terraform",
        "stackName", "parameters", "deployRoleArn", "cloudFormationRoleArn", "artifactBucket", "kmsKeyArn", "externalId",
        "sessionDurationSeconds", "stackPrefix", "provisioningRoleName", "bootstrapRoleName", "stateBucket", "artifactRetentionDays",
                Release.ReleaseConfigReader.Key,
    ];

    public PipelineConfig? Read(JsonElement root, string file)
    {
        if (JsonObjectReader.Open(root, string.Empty, sink, RootKeys) is not { } top)
        {
            return null;
        }

        var application = top.String("application", true, "\"greeter\"");
        if (application is not null && !NamePattern().IsMatch(application))
        {
            sink.Add("application", $"'{application}' is not a usable application name.", "Use lowercase letters, digits and hyphens, starting with a letter.");
        }
        else if (application is not null && application.Length is < MinApplication or > MaxApplication)
        {
            sink.Add("application", $"'{application}' is {application.Length} characters; Terraform's application_name (infra/environments/*/variables.tf) " +
                $"takes {MinApplication} to {MaxApplication}, because bucket, key and role names are made from it.", $"Use a name of {MinApplication} to {MaxApplication} characters.");
        }

        var repository = top.String("repository", true, "\"https://github.com/<owner>/<repository>.git\"");
        if (repository is not null && !RepositoryPattern().IsMatch(repository))
        {
            sink.Add("repository", $"'{repository}' is not an https clone URL of a GitHub repository.", "Write \"https://github.com/<owner>/<repository>.git\", the URL CodeBuild clones.");
        }

        var service = ReadService(top.Object("service", true, "{ \"project\": \"src/Service/Service.csproj\", ... }", ServiceKeys));
        var template = top.String("template", true, "\"deploy/lambda.yml\"");
        RequirePath(template, "template", isDirectory: false, "Point 'template' at the CloudFormation template, relative to the folder holding the pipeline file.");
        var environments = ReadEnvironments(top.Object("environments", true, "{ \"preprod\": { ... } }"));
        var ephemeral = ReadEphemeral(top.Object("ephemeral", false, "{ ... }", EphemeralKeys), environments);
        CheckBranchesAreUnique(environments);
        CheckRuntimeIsAllowed(service, template);
        CheckArtifactBucketNames(application, environments);

        if (application is null || repository is null || service is null || template is null || sink.Errors.Count > 0)
        {
            return null;
        }

        return new PipelineConfig(file, rootDirectory, application, service, template, environments) { Ephemeral = ephemeral, Repository = repository };
    }

    private ServiceConfig? ReadService(JsonObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var project = reader.String("project", true, "\"src/Service/Service.csproj\"");
        RequirePath(project, reader.PathOf("project"), isDirectory: false, "Point 'project' at the Lambda's .csproj, relative to the folder holding the pipeline file.");
        var tests = reader.StringArray("tests", "[\"tests/Service.Tests/Service.Tests.csproj\"]");
        foreach (var test in tests)
        {
            RequirePath(test, reader.PathOf("tests"), isDirectory: false, "List the service's test projects (.csproj), relative to the folder holding the pipeline file.");
        }

        var named = reader.Keys.Contains("functions");
        if (named && reader.Keys.Contains("handler"))
        {
            sink.Add(reader.PathOf("handler"), "both 'handler' and 'functions' are given; a service is either one function or named functions.",
                "Keep 'handler' for a single function, or move it into \"functions\": { \"Api\": { \"handler\": \"...\" } } and remove 'handler'.");
        }

        var handler = named ? null : reader.String("handler", true, "\"Service::Service.Function::HandleAsync\" (or name several in \"functions\")");
        CheckHandler(handler, reader.PathOf("handler"));
        var runtime = reader.String("runtime", true, "\"dotnet10\"");
        if (runtime is not null && !RuntimePattern().IsMatch(runtime))
        {
            sink.Add(reader.PathOf("runtime"), $"'{runtime}' is not a .NET Lambda runtime.", "Use a managed runtime id such as \"dotnet8\" or \"dotnet10\", or \"provided.al2023\" for native AOT.");
        }

        var smokeEvent = reader.String("smokeEvent", false, "\"tests/Service.Tests/events/health.json\"");
        RequirePath(smokeEvent, reader.PathOf("smokeEvent"), isDirectory: false, "Point 'smokeEvent' at a sample event (JSON) from the service's tests, relative to the folder holding the pipeline file.");
        var memory = reader.Int("memorySize", true, 128, 10240, "256");
        var timeout = reader.Int("timeoutSeconds", true, 1, 900, "15");
        if (project is null || runtime is null || memory is null || timeout is null)
        {
            return null;
        }

        if (!named)
        {
            return handler is null ? null : new ServiceConfig(project, handler, runtime, memory.Value, timeout.Value) { Tests = tests, SmokeEvent = smokeEvent };
        }

        if (smokeEvent is not null)
        {
            sink.Add(reader.PathOf("smokeEvent"), "with 'functions', each function names its own sample event.",
                "Move 'smokeEvent' into each entry of service.functions.");
        }

        var functions = ReadFunctions(reader.Object("functions", true, "{ \"Api\": { \"handler\": \"...\" } }"), memory.Value, timeout.Value);
        return functions.Count == 0
            ? null
            : new ServiceConfig(project, functions[0].Handler, runtime, memory.Value, timeout.Value) { Tests = tests, Functions = functions };
    }

    private List<FunctionConfig> ReadFunctions(JsonObjectReader? reader, int memorySize, int timeoutSeconds)
    {
        var functions = new List<FunctionConfig>();
        if (reader is null)
        {
            return functions;
        }

        if (!reader.Keys.Any())
        {
            sink.Add(reader.Path, "no functions are named.", "Add at least one, e.g. \"Api\": { \"handler\": \"Service::Service.Function::HandleAsync\" }.");
        }

        foreach (var name in reader.Keys)
        {
            if (!FunctionNamePattern().IsMatch(name))
            {
                sink.Add(reader.PathOf(name), $"'{name}' cannot name a function: it prefixes the template's parameters and outputs ({name}Handler, {name}FunctionName).",
                    "Use 1-32 letters and digits starting with an uppercase letter, e.g. \"Api\" or \"Worker\".");
            }

            if (reader.Object(name, true, "{ \"handler\": \"...\" }", FunctionKeys) is not { } entry)
            {
                continue;
            }

            var handler = entry.String("handler", true, "\"Service::Service.Function::HandleAsync\"");
            CheckHandler(handler, entry.PathOf("handler"));
            var smokeEvent = entry.String("smokeEvent", false, "\"tests/Service.Tests/events/health.json\"");
            RequirePath(smokeEvent, entry.PathOf("smokeEvent"), isDirectory: false, "Point 'smokeEvent' at a sample event (JSON) for this handler, relative to the folder holding the pipeline file.");
            var memory = entry.Int("memorySize", false, 128, 10240, "256") ?? memorySize;
            var timeout = entry.Int("timeoutSeconds", false, 1, 900, "15") ?? timeoutSeconds;
            if (handler is not null)
            {
                functions.Add(new FunctionConfig(name, handler, memory, timeout) { SmokeEvent = smokeEvent });
            }
        }

        return functions;
    }

    private void CheckHandler(string? handler, string keyPath)
    {
        if (handler is not null && handler.Split("::").Length != 3)
        {
            sink.Add(keyPath, $"'{handler}' is not a .NET Lambda handler.", "Write Assembly::Namespace.Type::Method, e.g. \"Service::Service.Function::HandleAsync\".");
        }
    }

    private Dictionary<string, EnvironmentConfig> ReadEnvironments(JsonObjectReader? reader)
    {
        var environments = new Dictionary<string, EnvironmentConfig>(StringComparer.Ordinal);
        if (reader is null)
        {
            return environments;
        }

        if (!reader.Keys.Any())
        {
            sink.Add(reader.Path, "no environments are defined.", "Add at least one, e.g. \"preprod\": { \"branch\": \"develop\", ... }.");
        }

        foreach (var name in reader.Keys)
        {
            var path = reader.PathOf(name);
            if (!NamePattern().IsMatch(name))
            {
                sink.Add(path, $"'{name}' is not a usable environment name.", "Use lowercase letters, digits and hyphens, starting with a letter.");
            }

            if (ReadEnvironment(name, reader.Object(name, true, "{ ... }", EnvironmentKeys)) is { } environment)
            {
                environments[name] = environment;
            }
        }

        return environments;
    }

    private EnvironmentConfig? ReadEnvironment(string name, JsonObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var branch = reader.String("branch", true, "\"develop\"");
        var region = reader.String("region", true, "\"eu-west-1\"");
        if (region is not null && !AwsRegions.IsKnown(region))
        {
            var guess = ClosestName.Find(region, AwsRegions.All);
            sink.Add(reader.PathOf("region"), $"'{region}' is not a known AWS region.", guess is null ? "Use a region id such as \"eu-west-1\"." : $"Did you mean \"{guess}\"?");
        }

        var infrastructure = Account(reader, "infrastructureAccount");
        var runtime = Account(reader, "runtimeAccount");
        var terraform = reader.String("terraform", true, $"\"infra/environments/{name}\"");
        RequirePath(terraform, reader.PathOf("terraform"), isDirectory: true, "Point 'terraform' at the environment's Terraform directory, relative to the folder holding the pipeline file.");
        var stackName = reader.String("stackName", true, $"\"app-{name}\"");
        if (stackName is not null && AwsNameRules.StackName(stackName) is { } stackProblem)
        {
            sink.Add(reader.PathOf("stackName"), stackProblem, "Rename the stack, e.g. \"greeter-preprod\".");
        }

        var environment = new EnvironmentConfig(name, branch ?? string.Empty, region ?? string.Empty, infrastructure ?? string.Empty,
            runtime ?? string.Empty, terraform ?? string.Empty, stackName ?? string.Empty)
        {
            AlsoBranches = reader.StringArray("alsoBranches", "[\"main\"]"),
            RequireConfirmation = reader.Bool("requireConfirmation") ?? false,
            Parameters = reader.StringMap("parameters", "{ \"LogLevel\": \"Debug\" }"),
            DeployRoleArn = reader.String("deployRoleArn", false, "\"arn:aws:iam::222222222222:role/deploy\""),
            CloudFormationRoleArn = reader.String("cloudFormationRoleArn", false, "\"arn:aws:iam::222222222222:role/cloudformation\""),
            ArtifactBucket = reader.String("artifactBucket", false, "\"greeter-artifacts\""),
            KmsKeyArn = reader.String("kmsKeyArn", false, "\"arn:aws:kms:eu-west-1:111111111111:key/<key-id>\""),
            ExternalId = reader.String("externalId", false, "\"<external id>\""),
            SessionDurationSeconds = reader.Int("sessionDurationSeconds", false, 900, (int)Aws.RoleAssumption.ChainedSessionLimit.TotalSeconds, "3600",
                "The deploy role is assumed from a role session (CodeBuild's, or a signed-in role), and AWS caps such chained sessions at one hour."),
            StackPrefix = reader.String("stackPrefix", false, $"\"app-{name}\""),
            ProvisioningRoleName = reader.String("provisioningRoleName", false, $"\"app-{name}-terraform\""),
            BootstrapRoleName = reader.String("bootstrapRoleName", false, "\"OrganizationAccountAccessRole\""),
            StateBucket = reader.String("stateBucket", false, "\"app-tfstate-111111111111-eu-west-1\""),
            ArtifactRetentionDays = reader.Int("artifactRetentionDays", false, 1, 3650, "30"),
            Release = Release.ReleaseConfigReader.Read(reader, sink),
        };
        CheckAccessSettings(environment, reader);

        if (infrastructure is not null && runtime is not null && region is not null)
        {
            EnvironmentRules.CheckOptional(environment, reader.Path, sink);
        }

        return environment;
    }

    private void CheckAccessSettings(EnvironmentConfig environment, JsonObjectReader reader)
    {
        foreach (var (key, value) in new[] { ("provisioningRoleName", environment.ProvisioningRoleName), ("bootstrapRoleName", environment.BootstrapRoleName) })
        {
            if (value is not null && !RoleNamePattern().IsMatch(value))
            {
                sink.Add(reader.PathOf(key), $"'{value}' is not an IAM role name.", "Use 1-64 letters, digits and +=,.@_- (a name, not an ARN).");
            }
        }

        if (environment.ProvisioningRoleName == AdministratorRole)
        {
            sink.Add(reader.PathOf("provisioningRoleName"), $"'{AdministratorRole}' is the organization's administrator role.",
                "Remove the key: infra/bootstrap makes a least-privilege provisioning role (<application>-<environment>-terraform).");
        }

        if (environment.StackPrefix is { } prefix && !environment.StackName.StartsWith(prefix, StringComparison.Ordinal))
        {
            sink.Add(reader.PathOf("stackPrefix"), $"the stack '{environment.StackName}' does not start with '{prefix}', so the deploy role could not change it.",
                $"Use a prefix of the stack name, e.g. \"{environment.StackName}\".");
        }

        if (environment.StateBucket is { } bucket && AwsNameRules.BucketName(bucket) is { } problem)
        {
            sink.Add(reader.PathOf("stateBucket"), problem, "Give a bucket name only, or remove the key for <application>-tfstate-<account>-<region>.");
        }
    }

    private string? Account(JsonObjectReader reader, string key)
    {
        var account = reader.String(key, true, "\"123456789012\"");
        if (account is not null && AwsNameRules.AccountId(account) is { } problem)
        {
            sink.Add(reader.PathOf(key), problem, "Copy the 12-digit id from the AWS console (account menu), as a quoted string.");
            return null;
        }

        return account;
    }

    private EphemeralConfig? ReadEphemeral(JsonObjectReader? reader, Dictionary<string, EnvironmentConfig> environments)
    {
        if (reader is null)
        {
            return null;
        }

        var basedOn = reader.String("basedOn", true, "\"preprod\"");
        if (basedOn is not null && !environments.ContainsKey(basedOn))
        {
            var guess = ClosestName.Find(basedOn, environments.Keys);
            sink.Add(reader.PathOf("basedOn"), $"there is no environment '{basedOn}'.",
                guess is null ? $"Use one of: {string.Join(", ", environments.Keys)}." : $"Did you mean \"{guess}\"?");
        }

        var pattern = reader.String("branchPattern", false, "\"feature/*\"") ?? "feature/*";
        var prefix = reader.String("stackPrefix", true, "\"greeter-\"");
        if (prefix is not null && !PrefixPattern().IsMatch(prefix))
        {
            sink.Add(reader.PathOf("stackPrefix"), $"'{prefix}' cannot start a stack name.", "Use lowercase letters, digits and hyphens, starting with a letter, at most 24 characters, e.g. \"greeter-\".");
        }

        var developers = ReadDeveloperRoles(reader, basedOn is null ? null : environments.GetValueOrDefault(basedOn));
        return basedOn is null || prefix is null ? null : new EphemeralConfig(basedOn, pattern, prefix) { DeveloperRoleArns = developers };
    }

    private IReadOnlyList<string> ReadDeveloperRoles(JsonObjectReader reader, EnvironmentConfig? basedOn)
    {
        const string Example = "[\"arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Developer_*\"]";
        var roles = reader.StringArray("developerRoleArns", Example);
        if (basedOn is null)
        {
            return roles;
        }

        foreach (var (role, i) in roles.Select((r, i) => (r, i)))
        {
            var problem = AwsNameRules.RoleArn(role, basedOn.InfrastructureAccount, $"infrastructure account of {basedOn.Name}")
                ?? (role.AsSpan(role.IndexOf(":role/", StringComparison.Ordinal) + 6).Contains('?') ? $"'{role}' has a '?'; only '*' is a wildcard here." : null);
            if (problem is not null)
            {
                sink.Add($"{reader.PathOf("developerRoleArns")}[{i}]", problem,
                    $"Name a role your developers sign in with in account {basedOn.InfrastructureAccount}, e.g. {Example[1..^1]}.");
            }
        }

        return roles;
    }

    private void CheckBranchesAreUnique(Dictionary<string, EnvironmentConfig> environments)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, environment) in environments)
        {
            foreach (var branch in environment.Branches.Where(b => b.Length > 0))
            {
                if (owners.TryGetValue(branch, out var owner))
                {
                    var key = environment.Branch == branch ? "branch" : "alsoBranches";
                    sink.Add($"environments.{name}.{key}", $"branch '{branch}' already deploys environment '{owner}'; one push cannot deploy two environments.",
                        $"Give '{name}' its own branch, or remove '{branch}' from one of them.");
                }
                else
                {
                    owners[branch] = name;
                }
            }
        }
    }

    // The template's Runtime parameter decides; a runtime it does not allow would fail only at the change set, after Terraform.
    private void CheckRuntimeIsAllowed(ServiceConfig? service, string? template)
    {
        var path = template is null ? null : Path.GetFullPath(Path.Combine(rootDirectory, template));
        if (service is null || path is null || !File.Exists(path)
            || TemplateParameters.AllowedValues(File.ReadAllText(path), "Runtime") is not { Count: > 0 } allowed
            || allowed.Contains(service.Runtime, StringComparer.Ordinal))
        {
            return;
        }

        sink.Add("service.runtime", $"'{service.Runtime}' is not one of the runtimes the template {template} allows ({string.Join(", ", allowed)}).",
            $"Use {string.Join(" or ", allowed.Select(value => $"\"{value}\""))}, or add the runtime to the template's Runtime AllowedValues.");
    }

    // Terraform names the bucket <application>-<environment>-artifacts-<infrastructure account>-<region>; S3 allows 63 characters.
    private void CheckArtifactBucketNames(string? application, Dictionary<string, EnvironmentConfig> environments)
    {
        if (application is null || application.Length > MaxApplication)
        {
            return;
        }

        foreach (var (name, environment) in environments.Where(pair => pair.Value.InfrastructureAccount.Length > 0 && pair.Value.Region.Length > 0))
        {
            var bucket = $"{application}-{name}-artifacts-{environment.InfrastructureAccount}-{environment.Region}";
            if (bucket.Length > 63)
            {
                sink.Add($"environments.{name}", $"Terraform would name its artifact bucket '{bucket}', {bucket.Length} characters; S3 allows 63.",
                    $"Shorten 'application' or the environment name '{name}' by {bucket.Length - 63} characters.");
            }
        }
    }

    private void RequirePath(string? relative, string keyPath, bool isDirectory, string fix)
    {
        if (relative is null)
        {
            return;
        }

        var full = Path.GetFullPath(Path.Combine(rootDirectory, relative));
        var exists = isDirectory ? Directory.Exists(full) : File.Exists(full);
        if (!exists)
        {
            sink.Add(keyPath, $"the {(isDirectory ? "directory" : "file")} '{relative}' does not exist (looked in {rootDirectory}).", fix);
        }
    }

    private const int MinApplication = 2;
    private const int MaxApplication = 24;
    private const string AdministratorRole = "OrganizationAccountAccessRole";

    [GeneratedRegex("^https://github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+?(\\.git)?$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex("^[A-Za-z0-9+=,.@_-]{1,64}$")]
    private static partial Regex RoleNamePattern();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,31}$")]
    private static partial Regex FunctionNamePattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,23}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^(dotnet\d+|dotnetcore\d\.\d|provided(\.al2|\.al2023)?)$")]
    private static partial Regex RuntimePattern();
}
