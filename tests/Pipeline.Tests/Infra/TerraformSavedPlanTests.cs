using Amazon.S3;
using Amazon.S3.Model;
using Pipeline.Aws;
using Pipeline.LocalAws;
using Pipeline.Terraform;
using TestSupport;

namespace Pipeline.Tests.Infra;

public class TerraformSavedPlanTests
{
    [Test]
    public void Reads_resources_changed_or_deleted_outside_Terraform()
    {
        const string plan = """
            {"format_version":"1.2","resource_drift":[
              {"address":"module.artifact_store.aws_s3_bucket.artifacts","mode":"managed","type":"aws_s3_bucket","change":{"actions":["update"]}},
              {"address":"module.runtime_access.aws_iam_role.deploy","mode":"managed","type":"aws_iam_role","change":{"actions":["delete"]}}],
             "resource_changes":[]}
            """;
        Assert.That(TerraformSavedPlan.Parse(plan).Drift, Is.EqualTo(new[]
        {
            new TerraformResourceChange("module.artifact_store.aws_s3_bucket.artifacts", "aws_s3_bucket", "update"),
            new TerraformResourceChange("module.runtime_access.aws_iam_role.deploy", "aws_iam_role", "delete"),
        }));
    }

    [Test]
    public void A_plan_without_drift_has_none() =>
        Assert.That(TerraformSavedPlan.Parse("""{"format_version":"1.2","resource_changes":[]}""").Drift, Is.Empty);

    [TestCase(new[] { "create", "create" }, false, ExpectedResult = true, TestName = "Only creates: applies early")]
    [TestCase(new[] { "create", "no-op", "read" }, false, ExpectedResult = true, TestName = "Creates beside unchanged and data reads: applies early")]
    [TestCase(new[] { "create", "update" }, false, ExpectedResult = false, TestName = "An update: waits for the checks")]
    [TestCase(new[] { "create", "delete" }, false, ExpectedResult = false, TestName = "A delete: waits for the checks")]
    [TestCase(new[] { "create", "delete+create" }, false, ExpectedResult = false, TestName = "A replacement: waits for the checks")]
    [TestCase(new[] { "no-op" }, false, ExpectedResult = false, TestName = "Nothing to do: nothing to apply")]
    [TestCase(new[] { "create" }, true, ExpectedResult = false, TestName = "Creates with drift: waits for the drift report")]
    public bool Applies_before_the_checks_only_when_the_plan_only_adds(string[] actions, bool drifted)
    {
        var changes = string.Join(",", actions.Select((action, i) =>
            $$$"""{"address":"a.r{{{i}}}","type":"t","change":{"actions":["{{{action.Replace("+", "\",\"")}}}"]}}"""));
        var drift = drifted ? """{"address":"a.d","type":"t","change":{"actions":["update"]}}""" : string.Empty;
        return TerraformSavedPlan.Parse($$"""{"resource_drift":[{{drift}}],"resource_changes":[{{changes}}]}""").OnlyAddsResources;
    }

    [Test]
    [Category("Integration")]
    public async Task A_tag_changed_outside_Terraform_shows_as_drift_in_the_next_plan()
    {
        LocalTools.Require("terraform");
        var moto = await Moto.FreshAsync();
        var folder = Path.Combine(RepositoryLayout.ScratchRoot, "drift-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var endpoint = moto.Endpoint.ToString().TrimEnd('/');
        await File.WriteAllTextAsync(Path.Combine(folder, "main.tf"), $$"""
            terraform {
              required_providers {
                aws = { source = "hashicorp/aws", version = "5.100.0" }
              }
            }
            provider "aws" {
              region                      = "{{LocalAccounts.Region}}"
              access_key                  = "{{LocalAccounts.AccessKeyId}}"
              secret_key                  = "{{LocalAccounts.SecretAccessKey}}"
              skip_credentials_validation = true
              skip_requesting_account_id  = true
              skip_metadata_api_check     = true
              s3_use_path_style           = true
              max_retries                 = 2
              endpoints {
                s3  = "{{endpoint}}"
                sts = "{{endpoint}}"
              }
            }
            resource "aws_s3_bucket" "drifting" {
              bucket = "drift-check"
              tags   = { owner = "terraform" }
            }
            """);
        var terraform = new TerraformCli(folder, TerraformCli.BaseEnvironment(Path.Combine(folder, ".terraform")));
        await terraform.SucceedAsync("init", "-input=false");
        await terraform.SucceedAsync("apply", "-input=false", "-auto-approve");

        using var s3 = new AmazonS3Client(LocalAccounts.AccessKeyId, LocalAccounts.SecretAccessKey, new AwsTarget(LocalAccounts.Region, moto.Endpoint).Configure(new AmazonS3Config()));
        await s3.PutBucketTaggingAsync(new PutBucketTaggingRequest
        {
            BucketName = "drift-check",
            TagSet = [new Tag { Key = "owner", Value = "someone-by-hand" }],
        });

        var planFile = Path.Combine(folder, "drift.tfplan");
        await terraform.RunAsync("plan", "-input=false", "-out=" + planFile);
        var drift = TerraformSavedPlan.Parse(await terraform.SucceedAsync("show", "-json", planFile)).Drift;
        Assert.That(drift.Select(d => d.Address), Is.EqualTo(new[] { "aws_s3_bucket.drifting" }));
    }
}
