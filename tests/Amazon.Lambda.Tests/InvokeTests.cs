using System.Text;
using Amazon.Lambda.Model;
using TestSupport;

namespace Amazon.Lambda.Tests;

/// <summary>
/// Invoke's raw body and headers on moto_server. Without Docker moto runs no code: it answers 200 with
/// X-Amz-Function-Error and its own error text as the payload, which is why the build does not invoke there.
/// </summary>
public class InvokeTests
{
    [Test]
    public async Task A_version_is_invoked_by_its_number_and_moto_without_a_runtime_reports_a_function_error()
    {
        var moto = await Moto.FreshAsync();
        using var client = LocalLambda.Client(moto);
        await MotoFunctions.CreateAsync(moto, "greeter");
        await client.PublishVersionAsync(new PublishVersionRequest { FunctionName = "greeter" });

        var response = await client.InvokeAsync(new InvokeRequest { FunctionName = "greeter", Qualifier = "1", Payload = "{\"path\":\"/health\"}" });

        Assert.That(response.StatusCode, Is.EqualTo(200));
        Assert.That(response.FunctionError, Is.Not.Null, "moto ran no code, so it must not look like a success");
        Assert.That(Encoding.UTF8.GetString(response.Payload!.ToArray()), Is.Not.Empty);
    }

    [Test]
    public async Task Invoking_a_missing_function_is_a_ResourceNotFoundException()
    {
        var moto = await Moto.FreshAsync();
        using var client = LocalLambda.Client(moto);

        var error = Assert.ThrowsAsync<ResourceNotFoundException>(() => client.InvokeAsync(new InvokeRequest { FunctionName = "nobody", Payload = "{}" }));

        Assert.That(error!.ErrorCode, Is.EqualTo("ResourceNotFoundException"));
    }
}
