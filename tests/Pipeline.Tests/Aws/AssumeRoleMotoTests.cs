using Pipeline.Aws;
using Pipeline.LocalAws;
using TestSupport;

namespace Pipeline.Tests.Aws;

public class AssumeRoleMotoTests
{
    [Test]
    public async Task Sign_in_with_the_local_keys_is_the_administrator_account()
    {
        var moto = await Moto.FreshAsync();

        var session = await new AwsSignIn(LocalClients.Target(moto), AwsSignIn.LocalSource).SignInAsync();

        Assert.That(session.Identity.Account, Is.EqualTo(LocalAccounts.Administrator));
        Assert.That(session.Identity.ToString(), Does.Contain(LocalAccounts.Administrator).And.Not.Contain(LocalAccounts.SecretAccessKey + "\""));
    }

    [Test]
    public async Task Assuming_a_role_that_does_not_exist_lands_in_its_account()
    {
        var moto = await Moto.FreshAsync();
        var log = new List<string>();
        var role = new RoleAssumption($"arn:aws:iam::{LocalAccounts.Runtime}:role/deploy", RoleSessionName.For("build:42"), ExternalId: "pipeline");

        var assumed = await new RoleAssumer(LocalClients.For(moto), log: log.Add).AssumeAsync(role);

        Assert.That(assumed.Identity.Account, Is.EqualTo(LocalAccounts.Runtime));
        Assert.That(assumed.Identity.Arn, Is.EqualTo($"arn:aws:sts::{LocalAccounts.Runtime}:assumed-role/deploy/pipeline-build-42"));
        Assert.That(log, Has.Some.Contains("is in the expected account 222222222222"));
        Assert.That(assumed.Clients.HasRuntime, Is.True);
        assumed.Credentials.Dispose();
    }
}
