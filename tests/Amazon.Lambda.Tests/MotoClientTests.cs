using Amazon.Lambda.Model;
using TestSupport;

namespace Amazon.Lambda.Tests;

/// <summary>The client against a real moto_server: signing, REST-JSON marshalling and unmarshalling end to end.</summary>
public class MotoClientTests
{
    [Test]
    public async Task Versions_and_a_weighted_alias_round_trip()
    {
        var moto = await Moto.FreshAsync();
        using var client = LocalLambda.Client(moto);
        await MotoFunctions.CreateAsync(moto, "greeter", "one");

        var v1 = await client.PublishVersionAsync(new PublishVersionRequest { FunctionName = "greeter", Description = "first" });
        await MotoFunctions.UpdateCodeAsync(moto, "greeter", "two");
        var latest = await client.GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = "greeter" });
        var v2 = await client.PublishVersionAsync(new PublishVersionRequest { FunctionName = "greeter" });
        var created = await client.CreateAliasAsync(new CreateAliasRequest { FunctionName = "greeter", Name = "live", FunctionVersion = v1.Version });
        var updated = await client.UpdateAliasAsync(new UpdateAliasRequest
        {
            FunctionName = "greeter",
            Name = "live",
            FunctionVersion = v1.Version,
            RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = new() { [v2.Version!] = 0.1 } },
        });
        var read = await client.GetAliasAsync(new GetAliasRequest { FunctionName = "greeter", Name = "live" });
        var versions = await client.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = "greeter" });
        var v1Config = await client.GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = "greeter", Qualifier = "1" });

        Assert.Multiple(() =>
        {
            Assert.That((v1.Version, v2.Version), Is.EqualTo(("1", "2")));
            Assert.That(v1.Description, Is.EqualTo("first"));
            Assert.That(v2.CodeSha256, Is.EqualTo(latest.CodeSha256).And.Not.EqualTo(v1.CodeSha256));
            Assert.That(v1Config.CodeSha256, Is.EqualTo(v1.CodeSha256));
            Assert.That(created.AliasArn, Does.EndWith(":function:greeter:live"));
            Assert.That(updated.RoutingConfig!.AdditionalVersionWeights, Is.EqualTo(new Dictionary<string, double> { ["2"] = 0.1 }));
            Assert.That(read.FunctionVersion, Is.EqualTo("1"));
            Assert.That(read.RoutingConfig!.AdditionalVersionWeights!["2"], Is.EqualTo(0.1));
            Assert.That(versions.Versions!.Select(v => v.Version), Is.EqualTo(new[] { "$LATEST", "1", "2" }));
        });
    }

    [Test]
    public async Task Clearing_the_routing_sends_an_empty_weight_map()
    {
        var moto = await Moto.FreshAsync();
        using var client = LocalLambda.Client(moto);
        await MotoFunctions.CreateAsync(moto, "greeter");
        await client.PublishVersionAsync(new PublishVersionRequest { FunctionName = "greeter" });
        await MotoFunctions.UpdateCodeAsync(moto, "greeter", "two");
        await client.PublishVersionAsync(new PublishVersionRequest { FunctionName = "greeter" });
        await client.CreateAliasAsync(new CreateAliasRequest
        {
            FunctionName = "greeter",
            Name = "live",
            FunctionVersion = "1",
            RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = new() { ["2"] = 0.5 } },
        });

        var cleared = await client.UpdateAliasAsync(new UpdateAliasRequest
        {
            FunctionName = "greeter",
            Name = "live",
            FunctionVersion = "2",
            RoutingConfig = new AliasRoutingConfiguration { AdditionalVersionWeights = [] },
        });

        Assert.That(cleared.FunctionVersion, Is.EqualTo("2"));
        Assert.That(cleared.RoutingConfig?.AdditionalVersionWeights ?? [], Is.Empty);
    }

    [Test]
    public async Task A_missing_alias_is_a_ResourceNotFoundException()
    {
        var moto = await Moto.FreshAsync();
        using var client = LocalLambda.Client(moto);
        await MotoFunctions.CreateAsync(moto, "greeter");

        var error = Assert.ThrowsAsync<ResourceNotFoundException>(
            () => client.GetAliasAsync(new GetAliasRequest { FunctionName = "greeter", Name = "live" }));

        Assert.That(error!.ErrorCode, Is.EqualTo("ResourceNotFoundException"));
        Assert.That(error.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
    }

    [Test]
    public void A_missing_function_name_fails_before_sending()
    {
        using var client = new AmazonLambdaClient(new Amazon.Runtime.AnonymousAWSCredentials(), RegionEndpoint.EUWest1);

        var error = Assert.ThrowsAsync<AmazonLambdaException>(() => client.GetAliasAsync(new GetAliasRequest { Name = "live" }));

        Assert.That(error!.Message, Does.Contain("FunctionName"));
    }
}
