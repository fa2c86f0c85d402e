using Pipeline.Incremental;

namespace Pipeline.Tests.Incremental;

public class InputStampTests
{
    private string repository = null!;

    [SetUp]
    public void Repository()
    {
        repository = Directory.CreateTempSubdirectory("stamp-").FullName;
        Write("infra/environments/preprod/main.tf", "module \"environment\" {}");
        Write("infra/environments/preprod/.terraform.lock.hcl", "provider aws 5.100.0");
        Write("infra/modules/environment/main.tf", "resource \"aws_s3_bucket\" \"b\" {}");
        Write("infra/environments/prod/main.tf", "module \"environment\" {}");
    }

    [TearDown]
    public void Remove() => Directory.Delete(repository, recursive: true);

    [Test]
    public void The_same_inputs_stamp_the_same()
    {
        var first = Root();
        Assert.That(Root(), Is.EqualTo(first));
    }

    [TestCase("infra/environments/preprod/main.tf", "module \"environment\" { x = 1 }", TestName = "A root file edited")]
    [TestCase("infra/environments/preprod/new.tf", "locals {}", TestName = "A root file added")]
    [TestCase("infra/environments/preprod/.terraform.lock.hcl", "provider aws 5.101.0", TestName = "The lock file changed")]
    [TestCase("infra/modules/environment/main.tf", "resource \"aws_s3_bucket\" \"c\" {}", TestName = "A module edited")]
    [TestCase("infra/modules/other/main.tf", "locals {}", TestName = "A module added")]
    public void A_changed_input_changes_the_stamp(string file, string text)
    {
        var before = Root();
        Write(file, text);
        Assert.That(Root(), Is.Not.EqualTo(before));
    }

    [Test]
    public void A_removed_file_changes_the_stamp()
    {
        var before = Root();
        File.Delete(Path.Combine(repository, "infra/modules/environment/main.tf"));
        Assert.That(Root(), Is.Not.EqualTo(before));
    }

    [Test]
    public void A_renamed_file_changes_the_stamp()
    {
        var before = Root();
        File.Move(Path.Combine(repository, "infra/modules/environment/main.tf"), Path.Combine(repository, "infra/modules/environment/other.tf"));
        Assert.That(Root(), Is.Not.EqualTo(before));
    }

    [TestCase("terraform 1.11.5", "cli", TestName = "Another Terraform version")]
    [TestCase("terraform 1.11.4", "cli-mirror-elsewhere", TestName = "Another CLI config")]
    public void A_changed_tool_changes_the_stamp(string version, string cliConfig)
    {
        var config = Write("artifacts/terraform/terraform.rc", "cli");
        var before = CheckInputs.TerraformRoot(repository, "infra/environments/preprod", "terraform 1.11.4", config, mirror: null);
        Write("artifacts/terraform/terraform.rc", cliConfig);
        Assert.That(CheckInputs.TerraformRoot(repository, "infra/environments/preprod", version, config, mirror: null), Is.Not.EqualTo(before));
    }

    [Test]
    public void Another_provider_in_the_mirror_changes_the_stamp()
    {
        var mirror = Path.Combine(repository, "mirror");
        Write("mirror/registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64/terraform-provider-aws", "binary");
        var before = CheckInputs.TerraformRoot(repository, "infra/environments/preprod", "1.11.4", null, mirror);
        Write("mirror/registry.terraform.io/hashicorp/aws/5.101.0/linux_amd64/terraform-provider-aws", "binary");
        Assert.That(CheckInputs.TerraformRoot(repository, "infra/environments/preprod", "1.11.4", null, mirror), Is.Not.EqualTo(before));
    }

    [Test]
    public void Another_root_and_outputs_do_not_change_a_roots_stamp()
    {
        var before = Root();
        Write("infra/environments/prod/main.tf", "module \"environment\" { y = 2 }");
        Write("infra/environments/preprod/.terraform/providers/cache", "downloaded");
        Assert.That(Root(), Is.EqualTo(before));
    }

    [Test]
    public void The_build_tests_see_every_source_file_but_no_output()
    {
        var before = CheckInputs.BuildTests(repository, "10.0.100");
        Write("artifacts/package/greeter.zip", "zip");
        Write("build/Build/bin/Debug/Build.dll", "dll");
        Assert.That(CheckInputs.BuildTests(repository, "10.0.100"), Is.EqualTo(before));
        Write("README.md", "changed");
        Assert.That(CheckInputs.BuildTests(repository, "10.0.100"), Is.Not.EqualTo(before));
        Assert.That(CheckInputs.BuildTests(repository, "10.0.200"), Is.Not.EqualTo(CheckInputs.BuildTests(repository, "10.0.100")));
    }

    [Test]
    public void Init_runs_again_when_the_backend_or_what_init_left_changed()
    {
        var data = Path.Combine(repository, "artifacts/terraform/preprod");
        Write("artifacts/terraform/preprod/terraform.tfstate", "{\"backend\":{\"port\":5000}}");
        Write("artifacts/terraform/preprod/providers/registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64/terraform-provider-aws", "binary");
        InputStamp Init(params string[] arguments) => CheckInputs.TerraformInit(repository, "infra/environments/preprod", "1.11.4", null, null, arguments, data);
        var before = Init("-backend-config=endpoints={s3=\"http://127.0.0.1:5000\"}");

        Assert.That(Init("-backend-config=endpoints={s3=\"http://127.0.0.1:5000\"}"), Is.EqualTo(before));
        Assert.That(Init("-backend-config=endpoints={s3=\"http://127.0.0.1:5001\"}"), Is.Not.EqualTo(before), "another emulator");
        Write("infra/modules/environment/main.tf", "changed");
        Assert.That(Init("-backend-config=endpoints={s3=\"http://127.0.0.1:5000\"}"), Is.Not.EqualTo(before), "a module changed");
    }

    [TestCase("terraform.tfstate", TestName = "Init runs again when its backend record is gone")]
    [TestCase("providers", TestName = "Init runs again when its providers are gone")]
    public void Init_runs_again_when_its_data_is_gone(string entry)
    {
        var data = Path.Combine(repository, "artifacts/terraform/preprod");
        Write("artifacts/terraform/preprod/terraform.tfstate", "{}");
        Write("artifacts/terraform/preprod/providers/registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64/terraform-provider-aws", "binary");
        InputStamp Init() => CheckInputs.TerraformInit(repository, "infra/environments/preprod", "1.11.4", null, null, ["-reconfigure"], data);
        var before = Init();

        var path = Path.Combine(data, entry);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        else
        {
            Directory.Delete(path, recursive: true);
        }

        Assert.That(Init(), Is.Not.EqualTo(before));
    }

    [Test]
    public void Bootstrap_applies_again_when_the_emulator_lost_its_state_or_an_input_changed()
    {
        Write("infra/bootstrap/main.tf", "module \"ci\" {}");
        var variables = new Dictionary<string, string> { ["aws_endpoint_url"] = "http://127.0.0.1:5000", ["environment_name"] = "preprod" };
        var backend = new Dictionary<string, string> { ["bucket"] = "state", ["key"] = "bootstrap/preprod.tfstate" };
        InputStamp Bootstrap(string state, IReadOnlyDictionary<string, string>? vars = null) =>
            CheckInputs.Bootstrap(repository, "infra/bootstrap", "1.11.4", null, null, vars ?? variables, backend, state);
        var before = Bootstrap("s3://state/bootstrap/preprod.tfstate version v1 etag \"a\"");

        Assert.That(Bootstrap("s3://state/bootstrap/preprod.tfstate version v1 etag \"a\""), Is.EqualTo(before));
        Assert.That(Bootstrap("s3://state/bootstrap/preprod.tfstate absent"), Is.Not.EqualTo(before), "a reset emulator");
        Assert.That(Bootstrap("s3://state/bootstrap/preprod.tfstate version v2 etag \"b\""), Is.Not.EqualTo(before), "another apply wrote the state");
        Assert.That(Bootstrap("s3://state/bootstrap/preprod.tfstate version v1 etag \"a\"", new Dictionary<string, string>(variables) { ["aws_endpoint_url"] = "http://127.0.0.1:5001" }),
            Is.Not.EqualTo(before), "another emulator");
        Write("infra/bootstrap/main.tf", "module \"ci\" { x = 1 }");
        Assert.That(Bootstrap("s3://state/bootstrap/preprod.tfstate version v1 etag \"a\""), Is.Not.EqualTo(before), "the root changed");
    }

    private InputStamp Root() => CheckInputs.TerraformRoot(repository, "infra/environments/preprod", "1.11.4", null, null);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(repository, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
