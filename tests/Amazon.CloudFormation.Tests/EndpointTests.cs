using Amazon.CloudFormation.Model;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;

namespace Amazon.CloudFormation.Tests;

public class EndpointTests
{
    [TestCase("eu-west-1", false, false, "https://cloudformation.eu-west-1.amazonaws.com/")]
    [TestCase("eu-west-1", true, false, "https://cloudformation-fips.eu-west-1.amazonaws.com/")]
    [TestCase("eu-west-1", false, true, "https://cloudformation.eu-west-1.api.aws/")]
    [TestCase("us-east-1", true, true, "https://cloudformation-fips.us-east-1.api.aws/")]
    [TestCase("us-gov-west-1", true, false, "https://cloudformation.us-gov-west-1.amazonaws.com/")]
    [TestCase("cn-north-1", false, false, "https://cloudformation.cn-north-1.amazonaws.com.cn/")]
    public void Region_fips_and_dual_stack_pick_the_host(string region, bool fips, bool dualStack, string expected)
    {
        var config = new AmazonCloudFormationConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(region),
            UseFIPSEndpoint = fips,
            UseDualstackEndpoint = dualStack,
        };

        Assert.That(Resolve(config), Is.EqualTo(expected));
    }

    [Test]
    public void A_service_url_wins_over_the_region()
    {
        var config = new AmazonCloudFormationConfig { ServiceURL = "http://127.0.0.1:5000", AuthenticationRegion = "eu-west-1" };

        Assert.That(Resolve(config), Is.EqualTo("http://127.0.0.1:5000/"));
    }

    [Test]
    public void Fips_with_a_custom_endpoint_is_refused()
    {
        var config = new AmazonCloudFormationConfig { ServiceURL = "http://127.0.0.1:5000", UseFIPSEndpoint = true };

        Assert.That(() => Resolve(config), Throws.InstanceOf<AmazonClientException>().With.Message.Contains("FIPS and custom endpoint"));
    }

    [Test]
    [NonParallelizable]
    public void The_service_specific_endpoint_variable_is_honoured()
    {
        const string Variable = "AWS_ENDPOINT_URL_CLOUDFORMATION";
        var previous = Environment.GetEnvironmentVariable(Variable);
        Environment.SetEnvironmentVariable(Variable, "http://127.0.0.1:4566");
        try
        {
            var config = new AmazonCloudFormationConfig { RegionEndpoint = RegionEndpoint.EUWest1 };

            Assert.That(config.ServiceURL, Is.EqualTo("http://127.0.0.1:4566/"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, previous);
        }
    }

    [Test]
    public void Config_names_the_service_like_the_sdk()
    {
        var config = new AmazonCloudFormationConfig();

        Assert.Multiple(() =>
        {
            Assert.That(AmazonCloudFormationConfig.ServiceId, Is.EqualTo("CloudFormation"));
            Assert.That(config.RegionEndpointServiceName, Is.EqualTo("cloudformation"));
            Assert.That(config.ServiceVersion, Is.EqualTo("2010-05-15"));
            Assert.That(config.AuthenticationServiceName, Is.EqualTo("cloudformation"));
        });
    }

    private static string Resolve(AmazonCloudFormationConfig config) =>
        config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new DescribeStacksRequest())).URL;
}
