using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

/// <summary>Every commercial region passes the typo check; near misses, other casings and empty names do not.</summary>
public class AwsRegionsTests
{
    [TestCase("us-east-1")]
    [TestCase("us-east-2")]
    [TestCase("us-west-1")]
    [TestCase("us-west-2")]
    [TestCase("af-south-1")]
    [TestCase("ap-east-1")]
    [TestCase("ap-east-2")]
    [TestCase("ap-south-1")]
    [TestCase("ap-south-2")]
    [TestCase("ap-southeast-1")]
    [TestCase("ap-southeast-2")]
    [TestCase("ap-southeast-3")]
    [TestCase("ap-southeast-4")]
    [TestCase("ap-southeast-5")]
    [TestCase("ap-southeast-7")]
    [TestCase("ap-northeast-1")]
    [TestCase("ap-northeast-2")]
    [TestCase("ap-northeast-3")]
    [TestCase("ca-central-1")]
    [TestCase("ca-west-1")]
    [TestCase("eu-central-1")]
    [TestCase("eu-central-2")]
    [TestCase("eu-west-1")]
    [TestCase("eu-west-2")]
    [TestCase("eu-west-3")]
    [TestCase("eu-south-1")]
    [TestCase("eu-south-2")]
    [TestCase("eu-north-1")]
    [TestCase("il-central-1")]
    [TestCase("me-south-1")]
    [TestCase("me-central-1")]
    [TestCase("mx-central-1")]
    [TestCase("sa-east-1")]
    public void A_commercial_region_is_known(string region) => Assert.That(AwsRegions.IsKnown(region), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("EU-WEST-1")]
    [TestCase("eu-west-4")]
    [TestCase("eu-west1")]
    [TestCase("us-gov-west-1")]
    public void Anything_else_is_not(string? region) => Assert.That(AwsRegions.IsKnown(region), Is.False);
}
