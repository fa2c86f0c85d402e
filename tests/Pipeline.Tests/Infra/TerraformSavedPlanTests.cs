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
        string[] events =
        [
            """{"@level":"info","@message":"Terraform 1.11.4","type":"version","terraform":"1.11.4","ui":"1.2"}""",
            Event("resource_drift", "module.artifact_store.aws_s3_bucket.artifacts", "aws_s3_bucket", "update"),
            Event("resource_drift", "module.runtime_access.aws_iam_role.deploy", "aws_iam_role", "delete"),
            Event("planned_change", "module.artifact_store.aws_s3_bucket.artifacts", "aws_s3_bucket", "update"),
            Event("planned_change", "module.runtime_access.aws_iam_role.deploy", "aws_iam_role", "create"),
            """{"@level":"info","@message":"Plan: 1 to add, 1 to change, 0 to destroy.","type":"change_summary","changes":{"add":1,"change":1,"import":0,"remove":0,"operation":"plan"}}""",
        ];
        Assert.That(TerraformSavedPlan.FromPlanEvents(events).Drift, Is.EqualTo(new[]
        {
            new TerraformResourceChange("module.artifact_store.aws_s3_bucket.artifacts", "aws_s3_bucket", "update"),
            new TerraformResourceChange("module.runtime_access.aws_iam_role.deploy", "aws_iam_role", "delete"),
        }));
    }

    [Test]
    public void A_plan_without_drift_has_none_and_lines_that_are_not_events_are_passed_over()
    {
        var saved = TerraformSavedPlan.FromPlanEvents(["", "panic: not json {", Event("planned_change", "a.b", "t", "create")]);
        Assert.That(saved.Drift, Is.Empty);
        Assert.That(saved.Changes, Is.EqualTo(new[] { new TerraformResourceChange("a.b", "t", "create") }));
    }

    [Test]
    public void Drift_the_apply_leaves_alone_is_not_drift()
    {
        // After a first apply the refresh finds a role's inline_policy (written by aws_iam_role_policy) and changes nothing.
        var saved = TerraformSavedPlan.FromPlanEvents([
            Event("resource_drift", "module.runtime_access.aws_iam_role.deploy", "aws_iam_role", "update"),
            Event("resource_drift", "module.artifact_store.aws_s3_bucket.artifacts", "aws_s3_bucket", "update"),
            Event("planned_change", "module.artifact_store.aws_s3_bucket.artifacts", "aws_s3_bucket", "update"),
        ]);
        Assert.That(saved.Drift.Select(d => d.Address), Is.EqualTo(new[] { "module.artifact_store.aws_s3_bucket.artifacts" }));
    }

    [Test]
    public void A_plan_that_only_adds_beside_drift_it_leaves_alone_applies_early() =>
        Assert.That(TerraformSavedPlan.FromPlanEvents([
            Event("resource_drift", "a.role", "aws_iam_role", "update"),
            Event("planned_change", "a.new", "aws_s3_bucket", "create"),
        ]).OnlyAddsResources, Is.True);

    [TestCase(new[] { "create", "create" }, false, ExpectedResult = true, TestName = "Only creates: applies early")]
    [TestCase(new[] { "create", "read" }, false, ExpectedResult = true, TestName = "Creates beside data reads: applies early")]
    [TestCase(new[] { "create", "update" }, false, ExpectedResult = false, TestName = "An update: waits for the checks")]
    [TestCase(new[] { "create", "delete" }, false, ExpectedResult = false, TestName = "A delete: waits for the checks")]
    [TestCase(new[] { "create", "replace" }, false, ExpectedResult = false, TestName = "A replacement: waits for the checks")]
    [TestCase(new[] { "create", "move" }, false, ExpectedResult = false, TestName = "A move: waits for the checks")]
    [TestCase(new[] { "create", "import" }, false, ExpectedResult = false, TestName = "An import: waits for the checks")]
    [TestCase(new[] { "create", "remove" }, false, ExpectedResult = false, TestName = "A removal from the state: waits for the checks")]
    [TestCase(new[] { "read" }, false, ExpectedResult = false, TestName = "Only data reads: nothing to apply early")]
    [TestCase(new[] { "create" }, true, ExpectedResult = false, TestName = "Creates with drift: waits for the drift report")]
    public bool Applies_before_the_checks_only_when_the_plan_only_adds(string[] actions, bool drifted)
    {
        var events = actions.Select((action, i) => Event("planned_change", $"a.r{i}", "t", action)).ToList();
        if (drifted)
        {
            events.Insert(0, Event("resource_drift", "a.r0", "t", "delete"));
        }

        return TerraformSavedPlan.FromPlanEvents(events).OnlyAddsResources;
    }

    private static string Event(string type, string address, string resourceType, string action) =>
        $$$"""{"@level":"info","@message":"{{{address}}}: {{{action}}}","type":"{{{type}}}","change":{"resource":{"addr":"{{{address}}}","module":"","resource":"{{{address}}}","implied_provider":"aws","resource_type":"{{{resourceType}}}","resource_name":"r","resource_key":null},"action":"{{{action}}}"}}""";

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
        var plan = await terraform.RunAsync("plan", "-input=false", "-json", "-out=" + planFile);
        var drift = TerraformSavedPlan.FromPlanEvents(plan.StandardOutput.Split('\n')).Drift;
        Assert.That(drift.Select(d => d.Address), Is.EqualTo(new[] { "aws_s3_bucket.drifting" }));
    }
}
