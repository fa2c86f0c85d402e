using System.Text;
using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Pipeline.Packaging;

namespace Build.Tasks.Package;

[TaskName(nameof(SmokeTest))]
[TaskDescription("Loads the handler named in pipeline.json from the built zip and feeds it the service's sample event; a wrong handler, a missing dependency or a start-up crash stops the run before upload.")]
[IsDependentOn(typeof(Package))]
public sealed class SmokeTest : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var service = context.Config.Service;
        var zip = Path.Combine(context.Paths.Package, context.Delivery.Built.FileName);
        var sample = service.SmokeEvent is { } file ? await File.ReadAllBytesAsync(context.Config.FullPath(file)) : "{}"u8.ToArray();
        var smoke = new HandlerSmokeTest(zip, service.Handler, Path.Combine(context.Paths.Artifacts, "smoke"))
        {
            Timeout = TimeSpan.FromSeconds(service.TimeoutSeconds),
        };
        try
        {
            var reply = await smoke.RunAsync(sample);
            context.Information($"Smoke test: {service.Handler} from {context.Delivery.Built.FileName} answered {service.SmokeEvent ?? "{}"} with {Shorten(reply)}");
        }
        catch (SmokeTestException error)
        {
            throw new CakeException($"Smoke test of {context.Delivery.Built.FileName} failed, nothing was uploaded: {error.Message}");
        }
    }

    private static string Shorten(string reply)
    {
        var flat = new StringBuilder(reply).Replace('\n', ' ').Replace('\r', ' ').ToString();
        return flat.Length <= 160 ? flat : flat[..160] + "…";
    }
}
