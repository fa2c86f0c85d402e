using Amazon.Lambda.Endpoints;
using Amazon.Lambda.Internal;

namespace Amazon.Lambda.Tests;

public class EndpointTests
{
    [TestCase("eu-west-1", false, "https://lambda.eu-west-1.amazonaws.com")]
    [TestCase("us-gov-west-1", true, "https://lambda-fips.us-gov-west-1.amazonaws.com")]
    [TestCase("cn-north-1", false, "https://lambda.cn-north-1.amazonaws.com.cn")]
    public void Regional_endpoints(string region, bool fips, string expected)
    {
        var endpoint = new AmazonLambdaEndpointProvider().ResolveEndpoint(new LambdaEndpointParameters { Region = region, UseFIPS = fips });

        Assert.That(endpoint.URL, Is.EqualTo(expected));
    }

    [Test]
    public void Environment_endpoint_variable_names_the_service()
    {
        Assert.That(AmazonLambdaConfig.ServiceId, Is.EqualTo("Lambda"));
    }
}
