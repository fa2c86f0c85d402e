using Build.Terraform;

namespace Build.Tests.Terraform;

public class TerraformArgumentsTests
{
    [TestCase("a=b", "\"a=b\"")]
    [TestCase("", "\"\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase(@"C:\dir\", "\"C:\\dir\\\\\"")]
    [TestCase(@"a\""b", "\"a\\\\\\\"b\"")]
    public void QuotesForTheWindowsArgumentRules(string value, string expected)
    {
        Assert.That(TerraformArguments.Quote(value), Is.EqualTo(expected));
    }

    [TestCase("plain", "plain")]
    [TestCase("two words", "\"two words\"")]
    [TestCase("", "\"\"")]
    public void QuotesOnlyWhenNeeded(string value, string expected)
    {
        Assert.That(TerraformArguments.QuoteIfNeeded(value), Is.EqualTo(expected));
    }

    [TestCase("db_password", true)]
    [TestCase("CLIENT_SECRET", true)]
    [TestCase("github_token", true)]
    [TestCase("access_key", true)]
    [TestCase("key_alias", false)]
    [TestCase("region", false)]
    public void SecretNames(string name, bool secret)
    {
        Assert.That(TerraformArguments.IsSecretName(name), Is.EqualTo(secret));
    }

    [Test]
    public void Durations()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TerraformArguments.Duration(TimeSpan.FromMinutes(5)), Is.EqualTo("300s"));
            Assert.That(TerraformArguments.Duration(TimeSpan.Zero), Is.EqualTo("0s"));
            Assert.That(TerraformArguments.Duration(TimeSpan.FromMilliseconds(250)), Is.EqualTo("250ms"));
        });
    }
}
